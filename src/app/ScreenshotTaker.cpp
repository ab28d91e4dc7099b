// SPDX-License-Identifier: MIT
// Over 450 lines on purpose: thirteen scenes for the user guide, each a few lines driving the
// window's own actions, share one wait-and-grab path; split apart, each would repeat it.
#include "ScreenshotTaker.h"

#include "ActionSet.h"
#include "HistoryController.h"
#include "HistoryPanel.h"
#include "LabelTablePanel.h"
#include "MainWindow.h"
#include "auth/Redactor.h"
#include "compare/CompareController.h"
#include "compare/CompareSession.h"
#include "compare/CompareWindow.h"
#include "core/DocumentFile.h"
#include "core/SchemaFile.h"
#include "dialogs/LimitImpactPanel.h"
#include "map/SchemaMapScene.h"
#include "map/SchemaMapWindow.h"
#include "models/PortalSession.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <algorithm>

namespace assoc::app {

using models::PortalSession;

namespace {
const int kPollMs = 50;
const int kImpactPolls = 40;  // how long a dialog may wait for its impact reports (2 s)
const int kMissingPolls = 80; // how long a scene may take to show what is saved (4 s)

QWidget *shownModal() {
    QWidget *modal = QApplication::activeModalWidget();
    return modal && modal->isVisible() ? modal : nullptr;
}

bool impactsReported(QWidget *target) {
    const auto panels = target->findChildren<LimitImpactPanel *>();
    return std::all_of(panels.begin(), panels.end(),
                       [](LimitImpactPanel *p) { return !p->isVisible() || p->hasReport(); });
}

// A size that fits the guide's pages, for the scenes that are windows of their own.
void fixSize(QWidget *window) {
    window->resize(1100, 700);
}
} // namespace

ScreenshotTaker::ScreenshotTaker(MainWindow *window, QString file, QString select, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
    , m_select(select.isEmpty() ? QStringLiteral("contacts:companies") : std::move(select))
    , m_timeout(new QTimer(this)) {
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("Timed out waiting for the portal to load.")); });
}

ScreenshotTaker::~ScreenshotTaker() = default;

QStringList ScreenshotTaker::sceneNames() {
    return {QStringLiteral("main"),         QStringLiteral("welcome"),
            QStringLiteral("create-label"), QStringLiteral("set-limit"),
            QStringLiteral("remove-limit"), QStringLiteral("bulk-delete"),
            QStringLiteral("copy-menu"),    QStringLiteral("compare"),
            QStringLiteral("apply"),        QStringLiteral("history"),
            QStringLiteral("connect"),      QStringLiteral("connection-settings"),
            QStringLiteral("schema-map")};
}

void ScreenshotTaker::start(int timeoutMs) {
    m_timeout->start(timeoutMs);
    if (!m_scene.isEmpty() && !sceneNames().contains(m_scene))
        return fail(tr("No scene is called \"%1\"; one of: %2.")
                        .arg(m_scene, sceneNames().join(QStringLiteral(", "))));
    if (m_window && m_scene == QLatin1String("welcome")) {
        // The first run: no portal at all.
        m_started = true;
        m_window->disconnectPortal();
        m_window->showWelcome();
        return grabWhen([this] { return m_window.data(); }, tr("The window was closed."));
    }
    PortalSession *session = m_window ? m_window->session() : nullptr;
    if (!session)
        return fail(tr("Not connected to a portal."));
    connect(session, &PortalSession::typesLoaded, this, &ScreenshotTaker::check);
    connect(session, &PortalSession::pairUpdated, this, &ScreenshotTaker::check);
    connect(session, &PortalSession::usageUpdated, this, &ScreenshotTaker::check);
    connect(session, &PortalSession::preloadFinished, this, &ScreenshotTaker::check);
    connect(session, &PortalSession::errorOccurred, this,
            [this](const ApiError &error, const QString &action) {
                if (action == PortalSession::connectAction())
                    fail(error.userMessage());
            });
    check();
}

void ScreenshotTaker::check() {
    if (m_started || m_done || !m_window)
        return;
    PortalSession *session = m_window->session();
    if (!session || session->schema().objectTypes.isEmpty())
        return;
    const auto pair = m_window->resolvePair(m_select);
    if (!pair)
        return fail(tr("No pair matches \"%1\".").arg(m_select));
    if (!m_selected) {
        m_selected = true;
        m_window->selectPair(*pair);
    }
    // Every pair read: no "Loading…" progress in the status bar.
    if (session->isPairLoaded(*pair) && session->isPairLoaded(pair->reversed()) &&
        session->isComplete()) {
        m_started = true;
        // Let the views lay out the new rows before painting.
        QTimer::singleShot(0, this, &ScreenshotTaker::runScene);
    }
}

void ScreenshotTaker::runScene() {
    if (!m_window)
        return fail(tr("The window was closed."));
    ActionSet *actions = m_window->actions();
    const QString noDialog = tr("The dialog did not open.");
    if (m_scene.isEmpty() || m_scene == QLatin1String("main"))
        return grabWhen([this] { return m_window.data(); }, noDialog);
    if (m_scene == QLatin1String("set-limit"))
        return openOnLimitedLabel(actions->setLimit(), true);
    if (m_scene == QLatin1String("remove-limit"))
        return openOnLimitedLabel(actions->removeLimit(), false);
    if (m_scene == QLatin1String("create-label"))
        return createLabel();
    if (m_scene == QLatin1String("bulk-delete"))
        return bulkDelete();
    if (m_scene == QLatin1String("copy-menu"))
        return copyMenu();
    if (m_scene == QLatin1String("compare") || m_scene == QLatin1String("apply"))
        return compare(m_scene == QLatin1String("apply"));
    if (m_scene == QLatin1String("history"))
        return history();
    if (m_scene == QLatin1String("connect"))
        return connectDialog();
    if (m_scene == QLatin1String("connection-settings")) {
        if (auto *settings = m_window->findChild<QAction *>(QStringLiteral("connectionSettings")))
            settings->trigger();
        return grabWhen(shownModal, noDialog);
    }
    if (m_scene == QLatin1String("schema-map")) {
        actions->schemaMap()->trigger();
        bool fitted = false;
        return grabWhen(
            [this, fitted]() mutable -> QWidget * {
                SchemaMapWindow *map = m_window ? m_window->schemaMap() : nullptr;
                if (!map || map->scene()->items().isEmpty())
                    return nullptr;
                if (!fitted) { // once laid out: the whole map in view, at the guide's size
                    fitted = true;
                    fixSize(map);
                    map->fitAction()->trigger();
                    return nullptr;
                }
                return map;
            },
            tr("The schema map did not open."));
    }
}

// The selected pair's first user-defined label with a limit, selected, then `action`'s dialog;
// with `lower`, its limit lowered by one as a person would, and the impact that shows.
void ScreenshotTaker::openOnLimitedLabel(QAction *action, bool lower) {
    const PairSchema *schema = m_window->session()->schema().pair(m_window->currentPair());
    std::optional<LabelKey> withLimit;
    for (const AssociationLabel &label : schema ? schema->labels : QList<AssociationLabel>()) {
        if (label.category == AssociationCategory::UserDefined && schema->limitFor(label.key())) {
            withLimit = label.key();
            break;
        }
    }
    if (!withLimit || !m_window->tablePanel()->selectLabel(*withLimit) || !action->isEnabled())
        return fail(tr("The pair has no user-defined label with a limit."));
    action->trigger();
    if (!lower)
        return grabWhen(shownModal, tr("The dialog did not open."));
    bool lowered = false;
    grabWhen(
        [lowered]() mutable -> QWidget * {
            QWidget *dialog = shownModal();
            auto *spin =
                dialog ? dialog->findChild<QSpinBox *>(QStringLiteral("forwardSpin")) : nullptr;
            if (!spin)
                return nullptr;
            if (!lowered) {
                lowered = true;
                spin->setValue(spin->value() - 1);
                return nullptr;
            }
            // Once the impact of the new limit is asked for (after the dialog's typing pause).
            const auto panels = dialog->findChildren<LimitImpactPanel *>();
            return std::any_of(panels.begin(), panels.end(),
                               [](LimitImpactPanel *p) { return p->isVisible(); })
                       ? dialog
                       : nullptr;
        },
        tr("The dialog shows no impact."));
}

// The New label dialog, filled in for a paired label as a person would type it.
void ScreenshotTaker::createLabel() {
    m_window->actions()->newLabel()->trigger();
    bool filled = false;
    grabWhen(
        [filled]() mutable -> QWidget * {
            QWidget *dialog = shownModal();
            if (!dialog || filled)
                return dialog;
            filled = true;
            if (auto *paired = dialog->findChild<QAbstractButton *>(QStringLiteral("pairedRadio")))
                paired->click();
            // insert() counts as typing: the internal name follows the label.
            if (auto *label = dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")))
                label->insert(QStringLiteral("Auditor"));
            if (auto *inverse = dialog->findChild<QLineEdit *>(QStringLiteral("inverseEdit")))
                inverse->insert(QStringLiteral("Audited company"));
            return nullptr;
        },
        tr("The dialog did not open."));
}

// Two more paired labels on the pair (written through the session, as the dialogs do), then the
// three user-defined labels selected and Delete's one confirmation.
void ScreenshotTaker::bulkDelete() {
    PortalSession *session = m_window->session();
    const ObjectTypePair pair = m_window->currentPair();
    const auto created = std::make_shared<int>(0);
    const QList<std::pair<QString, QString>> labels{
        {QStringLiteral("Auditor"), QStringLiteral("Audited company")},
        {QStringLiteral("Reseller"), QStringLiteral("Resold by")}};
    for (const auto &[text, inverse] : labels) {
        PlanChange change = session->changeOf(PlanChange::Kind::CreateLabel, pair,
                                              {AssociationCategory::UserDefined, 0});
        change.name = text.toLower();
        change.labelText = text;
        change.labelBefore.clear();
        change.inverseLabel = inverse;
        session->write(pair, change)->then(this, [this, created, pair](const auto &result) {
            if (!result || !result.value().succeeded())
                return fail(result ? result.value().detail : result.error().userMessage());
            if (++*created < 2)
                return;
            QList<LabelKey> keys;
            if (const PairSchema *schema = m_window->session()->schema().pair(pair)) {
                for (const AssociationLabel &label : schema->labels) {
                    if (label.category == AssociationCategory::UserDefined)
                        keys.append(label.key());
                }
            }
            m_window->tablePanel()->selectLabels(keys);
            m_window->actions()->deleteLabel()->trigger();
            grabWhen(shownModal, tr("The dialog did not open."));
        });
    }
}

// The label table's context menu on a label row. Its menu runs a loop of its own until closed,
// so the watch for it starts first.
void ScreenshotTaker::copyMenu() {
    const PairSchema *schema = m_window->session()->schema().pair(m_window->currentPair());
    for (const AssociationLabel &label : schema ? schema->labels : QList<AssociationLabel>()) {
        if (label.category == AssociationCategory::UserDefined) {
            m_window->tablePanel()->selectLabel(label.key());
            break;
        }
    }
    grabWhen([] { return QApplication::activePopupWidget(); }, tr("The menu did not open."));
    QTableView *table = m_window->tablePanel()->tableView();
    const QPoint at = table->visualRect(table->currentIndex()).center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, table->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(table, &event);
}

// The Compare window comparing a schema file (this portal with one more label and other limits)
// with the portal; with `confirmApply`, the question Apply asks.
void ScreenshotTaker::compare(bool confirmApply) {
    PortalSchema schema = m_window->session()->schema();
    const ObjectTypePair pair = m_window->currentPair();
    if (PairSchema *forward = schema.pairs.contains(pair) ? &schema.pairs[pair] : nullptr) {
        for (AssociationLimit &limit : forward->limits) {
            if (limit.category == AssociationCategory::UserDefined && limit.maxToObjectIds)
                limit.maxToObjectIds = *limit.maxToObjectIds + 1;
        }
        forward->labels.append({AssociationCategory::UserDefined, 9001, QStringLiteral("Auditor"),
                                pair.fromId, pair.toId});
    }
    m_files = std::make_unique<QTemporaryDir>();
    const QString path = m_files->filePath(QStringLiteral("schema-from-staging.json"));
    if (const auto written = SchemaFile::write(path, schema); !written)
        return fail(written.error());
    CompareWindow *window = m_window->compareController()->importFrom(path);
    if (!window)
        return fail(tr("The Compare window did not open."));
    fixSize(window);
    QPointer<CompareWindow> compared = window;
    bool asked = false;
    grabWhen(
        [this, compared, confirmApply, asked]() mutable -> QWidget * {
            if (!compared || compared->session()->state() != CompareSession::State::Planned)
                return nullptr;
            auto *plan = compared->findChild<QTreeView *>(QStringLiteral("planView"));
            if (plan && !plan->currentIndex().isValid()) {
                // A change selected, so that its before and after are shown below.
                plan->expandAll();
                plan->setCurrentIndex(plan->model()->index(0, 0, plan->model()->index(0, 0)));
                return nullptr;
            }
            if (!confirmApply)
                return compared.data();
            if (!asked) {
                asked = true;
                if (auto *apply =
                        compared->findChild<QAbstractButton *>(QStringLiteral("applyButton")))
                    apply->click();
                return nullptr;
            }
            auto *box = compared->findChild<QMessageBox *>(CompareWindow::confirmationName());
            if (box)
                m_behind = compared.data(); // the question is shown over the plan it applies
            return box;
        },
        tr("The Compare window shows no plan."));
}

// A limit changed through the session (as the Set limit dialog does), then the History panel
// with that change selected, ready to be undone.
void ScreenshotTaker::history() {
    PortalSession *session = m_window->session();
    const ObjectTypePair pair = m_window->currentPair();
    const PairSchema *schema = session->schema().pair(pair);
    std::optional<PlanChange> change;
    for (const AssociationLimit &limit : schema ? schema->limits : QList<AssociationLimit>()) {
        if (limit.category == AssociationCategory::UserDefined && limit.maxToObjectIds) {
            change = session->changeOf(PlanChange::Kind::SetLimit, pair, limit.key());
            change->limitAfter = *limit.maxToObjectIds + 1;
            break;
        }
    }
    if (!change)
        return fail(tr("The pair has no user-defined label with a limit."));
    session->write(pair, *change)->then(this, [this](const auto &result) {
        if (!result || !result.value().succeeded())
            return fail(result ? result.value().detail : result.error().userMessage());
        HistoryPanel *panel = m_window->historyController()->panel();
        panel->toggleViewAction()->trigger();
        // Room for the pairs above the panel, and the change readable in it.
        m_window->resizeDocks({panel}, {230}, Qt::Vertical);
        panel->tableView()->resizeColumnsToContents();
        grabWhen(
            [this, panel]() -> QWidget * {
                if (!m_window || panel->tableView()->model()->rowCount() == 0)
                    return nullptr;
                if (!panel->tableView()->selectionModel()->hasSelection())
                    panel->tableView()->selectRow(0);
                return panel->undoButton()->isEnabled() ? m_window.data() : nullptr;
            },
            tr("The History panel shows no change that can be undone."));
    });
}

// The Connect dialog with its guide to a private app's token open.
void ScreenshotTaker::connectDialog() {
    // As on the first run: nothing connected, nothing filled in.
    m_window->disconnectPortal();
    m_window->actions()->connectPortal()->trigger();
    grabWhen(
        []() -> QWidget * {
            QWidget *dialog = shownModal();
            auto *guide = dialog
                              ? dialog->findChild<QAbstractButton *>(QStringLiteral("guideButton"))
                              : nullptr;
            if (guide && !guide->isChecked()) {
                guide->click();
                return nullptr;
            }
            return dialog;
        },
        tr("The dialog did not open."));
}

void ScreenshotTaker::grabWhen(std::function<QWidget *()> find, const QString &missing) {
    delete m_poll;
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this,
            [this, find = std::move(find), missing, polls = 0]() mutable {
                ++polls;
                QWidget *target = find();
                if (target && target->isVisible() &&
                    (impactsReported(target) || polls > kImpactPolls)) {
                    m_poll->stop();
                    return capture(target);
                }
                if (polls > kMissingPolls) {
                    m_poll->stop();
                    fail(missing);
                }
            });
    m_poll->start();
}

void ScreenshotTaker::capture(QWidget *target) {
    if (m_done)
        return;
    m_timeout->stop();
    QPixmap image = target->grab();
    if (m_behind) {
        QPixmap composed = m_behind->grab();
        QPainter painter(&composed);
        painter.drawPixmap((composed.width() - image.width()) / 2,
                           (composed.height() - image.height()) / 3, image);
        painter.end();
        image = composed;
    }
    if (target->windowType() == Qt::Popup)
        target->close(); // ends the menu's own loop
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&png, "PNG"))
        return fail(tr("Could not draw the window as a picture."));
    // Written like every other file the app writes: atomically, owner-only.
    if (const auto written = DocumentFile::write(m_file, png.data()); !written)
        return fail(written.error().toString());
    m_done = true;
    emit finished(true, tr("Saved %1").arg(m_file));
}

void ScreenshotTaker::fail(const QString &message) {
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    if (m_poll)
        m_poll->stop();
    // HubSpot's message may echo a secret; it is printed on stderr.
    emit finished(false, auth::Redactor::forDisplay(message));
}

} // namespace assoc::app
