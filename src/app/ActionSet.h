// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace assoc::app {

// Every command of the main window, with its shortcut, icon and enabled state, so menus,
// toolbar and tests trigger the same QAction.
class ActionSet : public QObject {
    Q_OBJECT
public:
    explicit ActionSet(QWidget *parent);

    QAction *newLabel() const { return m_newLabel; }
    QAction *editLabel() const { return m_editLabel; }
    QAction *deleteLabel() const { return m_deleteLabel; }
    QAction *setLimit() const { return m_setLimit; }
    QAction *removeLimit() const { return m_removeLimit; }
    QAction *refresh() const { return m_refresh; }
    QAction *connectPortal() const { return m_connect; }
    QAction *findPair() const { return m_find; }
    QAction *exportSchema() const { return m_exportSchema; }
    QAction *importSchema() const { return m_importSchema; }
    QAction *comparePortals() const { return m_comparePortals; }
    QAction *schemaMap() const { return m_schemaMap; }
    QAction *undoLastChange() const { return m_undoLastChange; } // enabled by the history
    QAction *quit() const { return m_quit; }
    // Copying the selected labels (typeIds, JSON, assocctl commands, API details): their
    // shortcuts work where the actions are added (the label table), not in the whole window.
    QAction *copyTypeIds() const { return m_copyTypeIds; }
    QAction *copyJson() const { return m_copyJson; }
    QAction *copyCommands() const { return m_copyCommands; }
    QAction *copyApiDetails() const { return m_copyApiDetails; }
    QList<QAction *> copyActions() const;

    struct Selection {
        bool connected = false;
        bool pairLoaded = false;
        int labels = 0;    // selected in the label table
        int editable = 0;  // of them, user-defined
        int withLimit = 0; // of them, with a limit
    };
    // Enables what applies to the selection and says why the rest does not.
    void update(const Selection &selection);

private:
    QAction *make(const QString &text, const QString &icon, const QKeySequence &shortcut);
    QAction *makeCopy(const QString &text, const QString &objectName, const QKeySequence &shortcut,
                      const QString &tip);
    QWidget *m_parent;
    QAction *m_newLabel;
    QAction *m_editLabel;
    QAction *m_deleteLabel;
    QAction *m_setLimit;
    QAction *m_removeLimit;
    QAction *m_refresh;
    QAction *m_connect;
    QAction *m_find;
    QAction *m_exportSchema;
    QAction *m_importSchema;
    QAction *m_comparePortals;
    QAction *m_schemaMap;
    QAction *m_undoLastChange;
    QAction *m_quit;
    QAction *m_copyTypeIds;
    QAction *m_copyJson;
    QAction *m_copyCommands;
    QAction *m_copyApiDetails;
};

} // namespace assoc::app
