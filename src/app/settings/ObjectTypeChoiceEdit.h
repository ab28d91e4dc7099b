// SPDX-License-Identifier: MIT
#pragma once

#include "core/ObjectTypeChoice.h"

#include <QWidget>

class QComboBox;
class QListWidget;

namespace assoc::app {

// Picks a profile's object types: Core, All, Auto (recommended) or Choose…, which shows the
// standard types by name to check. Custom types a chosen list names by id or name (from
// assocctl or an older setting) are kept as they are.
class ObjectTypeChoiceEdit : public QWidget {
    Q_OBJECT
public:
    explicit ObjectTypeChoiceEdit(QWidget *parent = nullptr);

    void setChoice(const ObjectTypeChoice &choice);
    ObjectTypeChoice choice() const;
    // Why the choice cannot be used (Choose… with nothing checked), or empty.
    QString problem() const;

    QComboBox *modeCombo() const { return m_mode; }
    QListWidget *typeList() const { return m_types; }

signals:
    void changed();

private:
    void updateList();

    QComboBox *m_mode;
    QListWidget *m_types;
    QStringList m_otherEntries; // List entries that are not standard types
};

} // namespace assoc::app
