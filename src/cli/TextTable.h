// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace assoc::cli {

// A plain-text table: a header row and aligned columns separated by two spaces.
class TextTable {
public:
    enum class Align { Left, Right };

    explicit TextTable(QStringList headers);

    void setAlignment(int column, Align align);
    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }
    QString render() const;

private:
    QStringList m_headers;
    QList<Align> m_align;
    QList<QStringList> m_rows;
};

} // namespace assoc::cli
