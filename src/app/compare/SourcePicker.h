// SPDX-License-Identifier: MIT
#pragma once

#include "SchemaSource.h"

#include <QList>
#include <QObject>
#include <QPair>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace assoc::app {

// One side of the Compare window: a choice of the main window's portal, a saved profile or a
// schema file, with the file's path and a Browse button shown only for a file.
class SourcePicker : public QObject {
    Q_OBJECT
public:
    SourcePicker(QComboBox *combo, QLineEdit *fileEdit, QPushButton *browse,
                 QObject *parent = nullptr);

    // Saved profiles as (id, name), in the order to list them.
    void setProfiles(const QList<QPair<QString, QString>> &profiles);
    void setCurrentPortalName(const QString &name);

    SchemaSource source() const;
    void setSource(const SchemaSource &source);
    // A file needs its path; everything else is complete as chosen.
    bool isComplete() const;
    void setEnabled(bool enabled);

signals:
    void changed();

private:
    void rebuild(const SchemaSource &keep);
    void updateFileWidgets();
    void browse();

    QComboBox *m_combo;
    QLineEdit *m_fileEdit;
    QPushButton *m_browse;
    QList<QPair<QString, QString>> m_profiles;
    QString m_currentPortalName;
};

} // namespace assoc::app
