// SPDX-License-Identifier: MIT
// The window and every dialog, in English and in German, against the demo portal: each
// interactive widget has a name a screen reader can say, every menu command has a shortcut, and
// with German texts no column header, label, button or toolbar is cut off.

#include "FakeHubSpotServer.h"
#include "app/ActionSet.h"
#include "app/LabelTablePanel.h"
#include "app/MainWindow.h"
#include "app/dialogs/ProfilesDialog.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "core/SchemaPlan.h"
#include "core/Translations.h"
#include "demo/DemoPortal.h"
#include "models/LabelTableModel.h"
#include "models/ObjectTypeTreeModel.h"
#include "models/PortalSession.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

using namespace assoc;
using namespace assoc::app;
using demo::DemoPortal;

namespace {
const ObjectTypePair kContactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};
const LabelKey kPrimary{AssociationCategory::HubSpotDefined, 1};
const LabelKey kUnlabeled{AssociationCategory::HubSpotDefined, 279}; // has a limit in the demo

constexpr int EmptySpaceAllowed = 24;

bool isInteractive(const QWidget *w) {
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w);
}

// Parts of another control (a spin box's line edit, a table's header, a combo box's list) and
// Qt's own helpers (qt_…) are named by that control or by Qt.
bool isPartOfAnother(const QWidget *w, const QWidget *top) {
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget()) {
        if (isInteractive(p))
            return true;
    }
    return false;
}

QString describe(const QWidget *w) {
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            path.prepend(p->objectName());
            if (p != w)
                break;
        }
    }
    QString text;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (const auto *l = qobject_cast<const QLabel *>(w))
        text = l->text();
    return QStringLiteral("%1 %2 “%3”")
        .arg(QString::fromLatin1(w->metaObject()->className()), path.join(QLatin1Char('/')),
             text.left(60));
}

QStringList unnamedWidgets(QWidget *top) {
    QStringList out;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisible() || !isInteractive(w) || isPartOfAnother(w, top))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            out << describe(w);
    }
    return out;
}

// What is cut off: header sections narrower than their text, labels and buttons smaller than
// they ask for, toolbars with commands pushed into the overflow menu.
QStringList clippedWidgets(QWidget *top) {
    QStringList out;
    for (QHeaderView *h : top->findChildren<QHeaderView *>()) {
        if (!h->isVisible() || !h->model() || h->orientation() != Qt::Horizontal)
            continue;
        const int margins = 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
        for (int i = 0; i < h->count(); ++i) {
            if (h->isSectionHidden(i))
                continue;
            const QString text = h->model()->headerData(i, Qt::Horizontal).toString();
            const int need = h->fontMetrics().horizontalAdvance(text) + margins;
            if (!text.isEmpty() && h->sectionSize(i) < need)
                out << QStringLiteral("header “%1” of %2: %3 px of %4")
                           .arg(text, describe(h->parentWidget()))
                           .arg(h->sectionSize(i))
                           .arg(need);
        }
    }
    for (QLabel *l : top->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->text().isEmpty())
            continue;
        const bool tooSmall = l->wordWrap() ? l->height() < l->heightForWidth(l->width())
                                            : l->width() < l->sizeHint().width() ||
                                                  l->height() < l->sizeHint().height();
        if (tooSmall)
            out << QStringLiteral("%1: %2×%3 of %4×%5")
                       .arg(describe(l))
                       .arg(l->width())
                       .arg(l->height())
                       .arg(l->sizeHint().width())
                       .arg(l->wordWrap() ? l->heightForWidth(l->width()) : l->sizeHint().height());
    }
    for (QAbstractButton *b : top->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || b->text().isEmpty() ||
            b->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (b->width() < b->sizeHint().width() || b->height() < b->sizeHint().height())
            out << QStringLiteral("%1: %2×%3 of %4×%5")
                       .arg(describe(b))
                       .arg(b->width())
                       .arg(b->height())
                       .arg(b->sizeHint().width())
                       .arg(b->sizeHint().height());
    }
    // A dialog of fields (no list to grow into) is as tall as its fields need.
    const auto grows = [top] {
        const auto views = top->findChildren<QAbstractScrollArea *>();
        return std::any_of(views.begin(), views.end(),
                           [](const QAbstractScrollArea *v) { return v->isVisible(); });
    };
    if (qobject_cast<QDialog *>(top) && top->layout() && !grows()) {
        QLayout *layout = top->layout();
        const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(top->width())
                                                       : layout->totalSizeHint().height();
        if (top->height() > needed + EmptySpaceAllowed)
            out << QStringLiteral("%1 px of empty space below the fields")
                       .arg(top->height() - needed);
    }
    for (QToolBar *bar : top->findChildren<QToolBar *>()) {
        const auto *more = bar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"));
        if (bar->isVisible() && more && more->isVisible())
            out << QStringLiteral("toolbar %1 has commands in its overflow menu")
                       .arg(bar->objectName());
    }
    return out;
}

QWidget *newVisibleWindow(const QList<QWidget *> &before) {
    QWidget *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->isVisible() && !before.contains(w) && !qobject_cast<QMenu *>(w)) {
                    found = w;
                    return true;
                }
            }
            return false;
        },
        5000);
    return found;
}
} // namespace

class TestAppA11y : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void walkersFindWhatTheyLookFor();
    void englishCountsUsePluralForms();
    void everyInteractiveWidgetHasAnAccessibleName_data();
    void everyInteractiveWidgetHasAnAccessibleName();
    void everyMenuCommandHasAShortcut();
    void nothingIsCutOff_data();
    void nothingIsCutOff();

private:
    void startWindow();
    // Shows the main window and then each dialog and window the user can open from it, one at
    // a time, and hands each to `check` (with a name for the failure message).
    void visitEveryWindow(const std::function<void(QWidget *, const QString &)> &check);
    void visitAfter(QAction *action, const QString &name,
                    const std::function<void(QWidget *, const QString &)> &check);
    void visit(const std::function<void()> &open, const QString &name,
               const std::function<void(QWidget *, const QString &)> &check);
    LabelKey billingContact() const;

    QTemporaryDir m_dir;
    assoc::Translations m_translations{QStringLiteral(TRANSLATIONS_DIR)};
    std::unique_ptr<DemoPortal> m_portal;
    std::unique_ptr<MainWindow> m_window;
};

void TestAppA11y::initTestCase() {
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestAppA11y::init() {
    m_portal = std::make_unique<DemoPortal>();
    QVERIFY(m_portal->start());
}

void TestAppA11y::cleanup() {
    m_window.reset();
    m_portal.reset();
    m_translations.remove();
}

// After the translator: the window's texts are chosen when it is built.
void TestAppA11y::startWindow() {
    m_window = std::make_unique<MainWindow>();
    ClientConfig config = m_portal->config();
    config.connection.timeoutMs = 5000;
    m_window->connectTo(config);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->session()->schema().objectTypes.isEmpty());
    QVERIFY(m_window->selectPair(kContactsCompanies));
    QTRY_VERIFY(m_window->session()->isPairLoaded(kContactsCompanies) &&
                m_window->session()->isPairLoaded(kContactsCompanies.reversed()));
    QTRY_VERIFY(m_window->tablePanel()->tableView()->isVisible());
}

LabelKey TestAppA11y::billingContact() const {
    const models::LabelTableModel *model = m_window->tableModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto label = model->labelAt(row);
        if (label && label->label == QStringLiteral("Billing contact"))
            return label->key();
    }
    return {};
}

void TestAppA11y::visit(const std::function<void()> &open, const QString &name,
                        const std::function<void(QWidget *, const QString &)> &check) {
    const QList<QWidget *> before = QApplication::topLevelWidgets();
    open();
    QPointer<QWidget> window = newVisibleWindow(before);
    QVERIFY2(window, qPrintable(name + QStringLiteral(" did not open")));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCoreApplication::processEvents(); // the layout settles
    check(window, name);
    if (auto *dialog = qobject_cast<QDialog *>(window.data()))
        dialog->reject();
    else
        window->close();
    QTRY_VERIFY(!window || !window->isVisible());
}

void TestAppA11y::visitAfter(QAction *action, const QString &name,
                             const std::function<void(QWidget *, const QString &)> &check) {
    QVERIFY2(action && action->isEnabled(), qPrintable(name));
    visit([action] { action->trigger(); }, name, check);
}

void TestAppA11y::visitEveryWindow(const std::function<void(QWidget *, const QString &)> &check) {
    startWindow();
    ActionSet *actions = m_window->actions();
    m_window->findChild<QDockWidget *>()->show();
    check(m_window.get(), QStringLiteral("main window"));

    visitAfter(actions->newLabel(), QStringLiteral("New label"), check);
    const LabelKey billing = billingContact();
    QVERIFY(billing.typeId != 0);
    QVERIFY(m_window->tablePanel()->selectLabel(billing));
    visitAfter(actions->editLabel(), QStringLiteral("Edit label"), check);
    visitAfter(actions->setLimit(), QStringLiteral("Set limit"), check);
    visitAfter(actions->removeLimit(), QStringLiteral("Remove limit"), check);
    visitAfter(actions->deleteLabel(), QStringLiteral("Delete label"), check);
    QVERIFY(m_window->tablePanel()->selectLabels({billing, kPrimary}));
    visitAfter(actions->setLimit(), QStringLiteral("Set the limit of two labels"), check);
    QVERIFY(m_window->tablePanel()->selectLabels({billing, kUnlabeled}));
    visitAfter(actions->removeLimit(), QStringLiteral("Remove the limit of two labels"), check);
    visitAfter(actions->connectPortal(), QStringLiteral("Connect"), check);
    visitAfter(m_window->findChild<QAction *>(QStringLiteral("connectionSettings")),
               QStringLiteral("Connection settings"), check);
    visitAfter(actions->comparePortals(), QStringLiteral("Compare portals"), check);
    visitAfter(actions->schemaMap(), QStringLiteral("Schema map"), check);

    QSettings settings(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    auth::SecretStore secrets(QStringLiteral("AssociationStudioTest"));
    secrets.setMode(auth::SecretStore::Mode::SessionOnly); // never the real keychain
    auth::ProfileStore store(&settings, &secrets);
    std::unique_ptr<ProfilesDialog> profiles;
    visit(
        [&] {
            profiles = std::make_unique<ProfilesDialog>(&store, &secrets, m_window.get());
            profiles->open();
        },
        QStringLiteral("Profiles"), check);
}

// The checks below would pass on an empty window too: they do see an unnamed field, a clipped
// button and an empty band.
void TestAppA11y::walkersFindWhatTheyLookFor() {
    QDialog dialog;
    auto *layout = new QVBoxLayout(&dialog);
    auto *edit = new QLineEdit(&dialog);
    auto *button = new QPushButton(QStringLiteral("A button with a long text"), &dialog);
    layout->addWidget(edit);
    layout->addWidget(button);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(unnamedWidgets(&dialog).size(), 1);
    edit->setAccessibleName(QStringLiteral("Name"));
    QVERIFY(unnamedWidgets(&dialog).isEmpty());
    QVERIFY(clippedWidgets(&dialog).isEmpty());
    button->setFixedWidth(button->sizeHint().width() / 2);
    dialog.resize(dialog.width(), dialog.height() + 200);
    QTRY_COMPARE(clippedWidgets(&dialog).size(), 2);
}

void TestAppA11y::englishCountsUsePluralForms() {
    QVERIFY(m_translations.install(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(PlanChange::limitText(1), QStringLiteral("at most 1 record"));
    QCOMPARE(PlanChange::limitText(3), QStringLiteral("at most 3 records"));
    startWindow();
    const models::ObjectTypeTreeModel *tree = m_window->treeModel();
    QTRY_COMPARE(tree->indexOfPair(kContactsCompanies)
                     .siblingAtColumn(models::ObjectTypeTreeModel::UsageColumn)
                     .data()
                     .toString(),
                 QStringLiteral("1 of 50 labels"));
    QVERIFY(m_window->tablePanel()->selectLabel(billingContact()));
    QCOMPARE(m_window->actions()->removeLimit()->toolTip(),
             QStringLiteral("Remove the limit of 1 selected label"));
    QVERIFY(m_window->tablePanel()->selectLabels({billingContact(), kUnlabeled}));
    QCOMPARE(m_window->actions()->removeLimit()->toolTip(),
             QStringLiteral("Remove the limit of 2 selected labels"));
}

void TestAppA11y::everyInteractiveWidgetHasAnAccessibleName_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en_US");
    QTest::newRow("German") << QStringLiteral("de_DE");
}

void TestAppA11y::everyInteractiveWidgetHasAnAccessibleName() {
    QFETCH(QString, language);
    m_translations.install(QLocale(language));
    QStringList unnamed;
    visitEveryWindow([&unnamed](QWidget *window, const QString &name) {
        for (const QString &w : unnamedWidgets(window))
            unnamed << name + QStringLiteral(": ") + w;
    });
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("Without an accessible name:\n") +
                                           unnamed.join(QLatin1Char('\n'))));
}

void TestAppA11y::everyMenuCommandHasAShortcut() {
    startWindow();
    QStringList missing;
    const std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu())
                walk(a->menu());
            else if (a->shortcut().isEmpty())
                missing << menu->title() + QStringLiteral(" ▸ ") + a->text();
        }
    };
    for (QAction *top : m_window->menuBar()->actions())
        walk(top->menu());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestAppA11y::nothingIsCutOff_data() {
    everyInteractiveWidgetHasAnAccessibleName_data();
}

void TestAppA11y::nothingIsCutOff() {
    QFETCH(QString, language);
    QVERIFY(m_translations.install(QLocale(language)));
    QStringList clipped;
    visitEveryWindow([&clipped](QWidget *window, const QString &name) {
        for (const QString &w : clippedWidgets(window))
            clipped << name + QStringLiteral(": ") + w;
    });
    QVERIFY2(clipped.isEmpty(),
             qPrintable(QStringLiteral("Cut off:\n") + clipped.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAppA11y)
#include "test_app_a11y.moc"
