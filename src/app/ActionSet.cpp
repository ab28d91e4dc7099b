// SPDX-License-Identifier: MIT
#include "ActionSet.h"

#include "AppIcons.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace assoc::app {

ActionSet::ActionSet(QWidget *parent)
    : QObject(parent)
    , m_parent(parent) {
    m_newLabel = make(tr("&New label…"), QStringLiteral("new-label"), QKeySequence::New);
    m_editLabel = make(tr("&Edit label…"), QStringLiteral("edit-label"), QKeySequence(Qt::Key_F2));
    m_deleteLabel =
        make(tr("&Delete label…"), QStringLiteral("delete-label"), QKeySequence::Delete);
    m_setLimit =
        make(tr("Set &limit…"), QStringLiteral("set-limit"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_removeLimit = make(tr("&Remove limit"), QStringLiteral("remove-limit"), {});
    m_refresh = make(tr("Re&fresh"), QStringLiteral("refresh"), QKeySequence::Refresh);
    m_connect = make(tr("&Connect to portal…"), QStringLiteral("connect"), QKeySequence::Open);
    m_find = make(tr("&Filter pairs"), QStringLiteral("filter"), QKeySequence::Find);
    // No icons of their own: they live in the File menu only.
    const auto plain = [this](const QString &text, const QString &tip) {
        auto *action = new QAction(text, m_parent);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        m_parent->addAction(action);
        return action;
    };
    m_exportSchema =
        plain(tr("&Export Schema…"), tr("Save the portal's labels and limits as a schema file"));
    m_importSchema = plain(tr("&Import Schema…"), tr("Compare a schema file with this portal and "
                                                     "apply what it has that the portal lacks"));
    m_comparePortals =
        plain(tr("Com&pare Portals…"),
              tr("Compare two portals or schema files and make one match the other"));
    m_schemaMap =
        make(tr("Schema &Map"), QStringLiteral("pair"), QKeySequence(Qt::CTRL | Qt::Key_M));
    m_schemaMap->setToolTip(tr("A picture of the portal: object types and the pairs with "
                               "user-defined labels"));
    m_undoLastChange = make(tr("&Undo Last Change"), QString(), QKeySequence::Undo);
    m_undoLastChange->setObjectName(QStringLiteral("undoLastChange"));
    m_undoLastChange->setEnabled(false);
    m_undoLastChange->setIcon(QIcon());
    m_quit = make(tr("&Quit"), QStringLiteral("quit"), QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    // F5 everywhere, also where the platform's Refresh is something else.
    if (!m_refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)))
        m_refresh->setShortcuts(m_refresh->shortcuts() << QKeySequence(Qt::Key_F5));
    update({});
}

QAction *ActionSet::make(const QString &text, const QString &icon, const QKeySequence &shortcut) {
    auto *action = new QAction(text, m_parent);
    if (!icon.isEmpty()) // menu-only commands have none
        action->setIcon(AppIcons::icon(icon));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    m_parent->addAction(action);
    return action;
}

void ActionSet::update(const Selection &s) {
    m_newLabel->setEnabled(s.connected && s.pairLoaded);
    m_refresh->setEnabled(s.connected);
    m_exportSchema->setEnabled(s.connected);
    m_importSchema->setEnabled(s.connected);

    QString editWhy;
    if (!s.hasLabel)
        editWhy = tr("Select a label first.");
    else if (!s.labelEditable)
        editWhy = tr("Labels defined by HubSpot cannot be renamed or deleted.");
    const bool editable = s.connected && s.hasLabel && s.labelEditable;
    m_editLabel->setEnabled(editable);
    m_deleteLabel->setEnabled(editable);
    m_editLabel->setToolTip(editable ? tr("Rename the selected label (F2)") : editWhy);
    m_deleteLabel->setToolTip(editable ? tr("Delete the selected label and its inverse") : editWhy);
    m_editLabel->setStatusTip(m_editLabel->toolTip());
    m_deleteLabel->setStatusTip(m_deleteLabel->toolTip());

    m_setLimit->setEnabled(s.connected && s.hasLabel);
    m_setLimit->setToolTip(s.hasLabel ? tr("Limit how many records one record may be "
                                           "associated with through this label")
                                      : tr("Select a label first."));
    m_removeLimit->setEnabled(s.connected && s.hasLabel && s.hasLimit);
    m_removeLimit->setToolTip(s.hasLimit ? tr("Remove the limit of the selected label")
                                         : tr("The selected label has no limit."));
}

} // namespace assoc::app
