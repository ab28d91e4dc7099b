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
    m_removeLimit = make(tr("&Remove limit…"), QStringLiteral("remove-limit"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
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
    m_exportSchema->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_importSchema = plain(tr("&Import Schema…"), tr("Compare a schema file with this portal and "
                                                     "apply what it has that the portal lacks"));
    m_importSchema->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_comparePortals =
        plain(tr("Com&pare Portals…"),
              tr("Compare two portals or schema files and make one match the other"));
    m_comparePortals->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
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
    if (m_quit->shortcut().isEmpty()) // platforms without a standard Quit key
        m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_copyTypeIds = makeCopy(tr("Copy &typeId"), QStringLiteral("copyTypeIds"), QKeySequence::Copy,
                             tr("Copy the typeIds of the selected labels, one a line"));
    m_copyJson = makeCopy(tr("Copy as &JSON"), QStringLiteral("copyJson"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
                          tr("Copy the selected rows as JSON, as “assocctl labels --json” "
                             "prints them"));
    m_copyCommands =
        makeCopy(tr("Copy as &assocctl Command"), QStringLiteral("copyCommands"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                 tr("Copy the assocctl commands that make the selected labels and limits"));
    m_copyApiDetails = makeCopy(tr("Copy API &Details"), QStringLiteral("copyApiDetails"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                                tr("Copy what a developer needs of the selected labels: typeIds, "
                                   "category, inverse and the API's endpoints"));
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

QAction *ActionSet::makeCopy(const QString &text, const QString &objectName,
                             const QKeySequence &shortcut, const QString &tip) {
    // Not added to the window: Ctrl+C must stay the filter field's own copy there.
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setStatusTip(tip);
    return action;
}

QList<QAction *> ActionSet::copyActions() const {
    return {m_copyTypeIds, m_copyJson, m_copyCommands, m_copyApiDetails};
}

void ActionSet::update(const Selection &s) {
    m_newLabel->setEnabled(s.connected && s.pairLoaded);
    m_refresh->setEnabled(s.connected);
    m_exportSchema->setEnabled(s.connected);
    m_importSchema->setEnabled(s.connected);

    const QString selectFirst = tr("Select a label first.");
    const int hubSpots = s.labels - s.editable;
    const bool editable = s.connected && s.labels == 1 && s.editable == 1;
    m_editLabel->setEnabled(editable);
    m_editLabel->setToolTip(editable        ? tr("Rename the selected label (F2)")
                            : s.labels == 0 ? selectFirst
                            : s.labels > 1  ? tr("Select one label to rename it.")
                                            : tr("Labels defined by HubSpot cannot be renamed or "
                                                  "deleted."));
    const bool deletable = s.connected && s.labels > 0 && hubSpots == 0;
    m_deleteLabel->setEnabled(deletable);
    m_deleteLabel->setToolTip(
        deletable
            ? tr("Delete the %n selected label(s) and their other directions", nullptr, s.labels)
        : s.labels == 0
            ? selectFirst
            : tr("%n of the selected labels is defined by HubSpot; labels defined by HubSpot "
                 "cannot be renamed or deleted.",
                 nullptr, hubSpots));

    m_setLimit->setEnabled(s.connected && s.labels > 0);
    m_setLimit->setToolTip(
        s.labels == 0   ? selectFirst
        : s.labels == 1 ? tr("Limit how many records one record may be associated with "
                             "through this label")
                        : tr("Give the %n selected labels the same limit", nullptr, s.labels));
    m_removeLimit->setEnabled(s.connected && s.withLimit > 0);
    m_removeLimit->setToolTip(
        s.withLimit > 0 ? tr("Remove the limit of %n selected label(s)", nullptr, s.withLimit)
        : s.labels == 0 ? selectFirst
                        : tr("The selected label(s) have no limit.", nullptr, s.labels));

    for (QAction *copy : copyActions()) {
        copy->setEnabled(s.labels > 0);
        copy->setToolTip(s.labels > 0 ? copy->statusTip() : selectFirst);
    }
    for (QAction *action : {m_editLabel, m_deleteLabel, m_setLimit, m_removeLimit})
        action->setStatusTip(action->toolTip());
}

} // namespace assoc::app
