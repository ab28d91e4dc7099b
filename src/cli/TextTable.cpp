// SPDX-License-Identifier: MIT
#include "TextTable.h"

#include <algorithm>

namespace assoc::cli {

namespace {
// Cells are single-line: a line break in a label must not break the table apart.
QString flatten(QString cell) {
    for (QChar &c : cell) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return cell;
}
} // namespace

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
    , m_align(m_headers.size(), Align::Left) {}

void TextTable::setAlignment(int column, Align align) {
    if (column >= 0 && column < m_align.size())
        m_align[column] = align;
}

void TextTable::addRow(QStringList cells) {
    cells.resize(m_headers.size());
    for (QString &c : cells)
        c = flatten(c);
    m_rows.append(std::move(cells));
}

QString TextTable::render() const {
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths.append(h.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += QStringLiteral("  ");
            const bool last = i + 1 == cells.size();
            if (m_align[i] == Align::Right)
                out += cells[i].rightJustified(widths[i]);
            else
                out += last ? cells[i] : cells[i].leftJustified(widths[i]);
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString text = line(m_headers);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}

} // namespace assoc::cli
