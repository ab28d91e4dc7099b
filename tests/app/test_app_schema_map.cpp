// SPDX-License-Identifier: MIT
// The schema map: built from hand-made schemas and from the demo portal read over loopback HTTP,
// clicked, zoomed and exported like a user would, and followed from the main window.

#include "FakeHubSpotServer.h"
#include "OwnerOnlyCheck.h"
#include "SessionWrites.h"
#include "TestSupport.h"
#include "api/PortalLoader.h"
#include "app/ActionSet.h"
#include "app/MainWindow.h"
#include "app/PairTreePanel.h"
#include "app/map/SchemaMapEdge.h"
#include "app/map/SchemaMapNode.h"
#include "app/map/SchemaMapScene.h"
#include "app/map/SchemaMapView.h"
#include "app/map/SchemaMapWindow.h"
#include "demo/DemoPortal.h"
#include "models/ObjectTypeTreeModel.h"
#include "models/PortalSession.h"
#include "models/TreeFilterProxyModel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

using namespace assoc;
using namespace assoc::app;
using demo::DemoPortal;

namespace {

const QString kContacts = QStringLiteral("0-1");
const QString kCompanies = QStringLiteral("0-2");
const QString kDeals = QStringLiteral("0-3");

ObjectType type(const QString &id, const QString &plural, bool custom = false) {
    ObjectType t;
    t.id = id;
    t.name = plural.toLower();
    t.pluralLabel = plural;
    t.singularLabel = plural;
    t.custom = custom;
    if (custom)
        t.fullyQualifiedName = QStringLiteral("p42_") + t.name;
    return t;
}

AssociationLabel label(int typeId, const QString &text, bool user = true) {
    AssociationLabel l;
    l.category = user ? AssociationCategory(AssociationCategory::UserDefined)
                      : AssociationCategory(AssociationCategory::HubSpotDefined);
    l.typeId = typeId;
    if (!text.isEmpty())
        l.label = text;
    return l;
}

void addLabels(PortalSchema &schema, const QString &from, const QString &to,
               const QList<AssociationLabel> &labels) {
    PairSchema &pair = schema.pairs[{from, to}];
    pair.pair = {from, to};
    pair.labels.append(labels);
}

// Four types: Alphas↔Betas with labels both ways, Alphas→Gammas with a HubSpot-defined one
// only, Gammas with themselves, Deltas (custom)→Alphas one way only.
PortalSchema handBuilt() {
    PortalSchema s;
    s.portal.portalId = 42;
    s.objectTypes = {type(QStringLiteral("0-1"), QStringLiteral("Alphas")),
                     type(QStringLiteral("0-2"), QStringLiteral("Betas")),
                     type(QStringLiteral("0-3"), QStringLiteral("Gammas")),
                     type(QStringLiteral("2-9"), QStringLiteral("Deltas"), true)};
    addLabels(s, QStringLiteral("0-1"), QStringLiteral("0-2"),
              {label(1, {}, false), label(100, QStringLiteral("Owner")),
               label(101, QStringLiteral("Payer"))});
    addLabels(s, QStringLiteral("0-2"), QStringLiteral("0-1"),
              {label(2, {}, false), label(102, QStringLiteral("Owned"))});
    addLabels(s, QStringLiteral("0-1"), QStringLiteral("0-3"), {label(3, {}, false)});
    addLabels(s, QStringLiteral("0-3"), QStringLiteral("0-3"),
              {label(103, QStringLiteral("Parent")), label(104, QStringLiteral("Child"))});
    addLabels(s, QStringLiteral("2-9"), QStringLiteral("0-1"),
              {label(105, QStringLiteral("Driver"))});
    addLabels(s, QStringLiteral("0-2"), QStringLiteral("0-3"), {});
    return s;
}

// `count` types in a ring of labelled pairs with a few chords: a crowded map.
PortalSchema crowded(int count) {
    PortalSchema s;
    for (int i = 0; i < count; ++i)
        s.objectTypes.append(type(QStringLiteral("2-%1").arg(100 + i),
                                  QStringLiteral("Type number %1").arg(i), i % 3 == 0));
    for (int i = 0; i < count; ++i) {
        const QString from = s.objectTypes[i].id;
        addLabels(s, from, s.objectTypes[(i + 1) % count].id, {label(i, QStringLiteral("Next"))});
        if (i % 4 == 0)
            addLabels(s, from, s.objectTypes[(i + count / 2) % count].id,
                      {label(1000 + i, QStringLiteral("Across"))});
    }
    return s;
}

// The labelled pairs and their weights, worked out from the schema without the map.
QMap<ObjectTypePair, int> expectedEdges(const PortalSchema &schema) {
    QMap<ObjectTypePair, int> out;
    for (const PairSchema &p : schema.pairs) {
        if (p.userLabelCount() == 0)
            continue;
        const ObjectTypePair key = p.pair.toId < p.pair.fromId ? p.pair.reversed() : p.pair;
        out[key] += p.userLabelCount();
    }
    return out;
}

QString overlapping(const SchemaMapScene &scene) {
    const QList<SchemaMapNode *> nodes = scene.nodes();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < nodes.size(); ++j) {
            if (nodes[i]->sceneBox().intersects(nodes[j]->sceneBox()))
                return nodes[i]->displayName() + QStringLiteral(" / ") + nodes[j]->displayName();
        }
    }
    return {};
}

} // namespace

class TestAppSchemaMap : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void oneNodePerTypeAndOneEdgePerLabelledPair();
    void demoPortalReadOverHttp();
    void nodesNeverOverlapAndTheLayoutIsStable_data();
    void nodesNeverOverlapAndTheLayoutIsStable();
    void clickingAnEdgeOpensItsPair();
    void draggedNodesKeepTheirPlace();
    void zoomsWithKeysAndWheelAndFits();
    void exportsPngAndSvg();
    void exportFailureIsShown();
    void mainWindowShowsTheMapAndOpensClickedPairs();

private:
    PortalSchema loadDemo();
    static void click(SchemaMapView *view, const QPointF &scenePoint);

    QTemporaryDir m_settingsDir;
    std::optional<PortalSchema> m_demo;
};

void TestAppSchemaMap::initTestCase() {
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

PortalSchema TestAppSchemaMap::loadDemo() {
    if (m_demo)
        return *m_demo;
    test::PortalFixture fixture;
    if (!fixture.start(fake::Seed::Demo))
        return {};
    PortalLoader loader(fixture.connect());
    const auto result = test::await(loader.load(), 30000);
    if (!test::succeeded(result)) {
        qWarning("loading the demo portal failed: %s", test::why(result).constData());
        return {};
    }
    m_demo = result->value();
    return *m_demo;
}

void TestAppSchemaMap::click(SchemaMapView *view, const QPointF &scenePoint) {
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scenePoint));
}

void TestAppSchemaMap::oneNodePerTypeAndOneEdgePerLabelledPair() {
    SchemaMapScene scene;
    const PortalSchema schema = handBuilt();
    scene.setSchema(schema);

    QCOMPARE(scene.nodeCount(), 4);
    QCOMPARE(scene.edgeCount(), 3);
    for (const ObjectType &t : schema.objectTypes) {
        QVERIFY(scene.nodeFor(t.id));
        QCOMPARE(scene.nodeFor(t.id)->displayName(), t.pluralLabel);
    }
    QVERIFY(scene.nodeFor(QStringLiteral("2-9"))->isCustom());
    QVERIFY(!scene.nodeFor(QStringLiteral("0-1"))->isCustom());

    // Both directions are one edge, weighted by the user labels of both; HubSpot's don't count.
    SchemaMapEdge *ab = scene.edgeFor({QStringLiteral("0-1"), QStringLiteral("0-2")});
    QVERIFY(ab);
    QCOMPARE(scene.edgeFor({QStringLiteral("0-2"), QStringLiteral("0-1")}), ab);
    QCOMPARE(ab->weight(), 3);
    QVERIFY(!ab->isLoop());
    QVERIFY(ab->toolTip().contains(QStringLiteral("Owner, Payer")));
    QVERIFY(ab->toolTip().contains(QStringLiteral("Owned")));
    // The direction with more labels is the one a click opens.
    QCOMPARE(ab->activationPair(), (ObjectTypePair{QStringLiteral("0-1"), QStringLiteral("0-2")}));

    // Only HubSpot-defined labels, or none at all: no edge.
    QVERIFY(!scene.edgeFor({QStringLiteral("0-1"), QStringLiteral("0-3")}));
    QVERIFY(!scene.edgeFor({QStringLiteral("0-2"), QStringLiteral("0-3")}));

    SchemaMapEdge *loop = scene.edgeFor({QStringLiteral("0-3"), QStringLiteral("0-3")});
    QVERIFY(loop);
    QVERIFY(loop->isLoop());
    QCOMPARE(loop->weight(), 2);

    SchemaMapEdge *one = scene.edgeFor({QStringLiteral("0-1"), QStringLiteral("2-9")});
    QVERIFY(one);
    QCOMPARE(one->weight(), 1);
    QCOMPARE(one->activationPair(), (ObjectTypePair{QStringLiteral("2-9"), QStringLiteral("0-1")}));
    // More labels, a wider line.
    QVERIFY(ab->penWidth() > one->penWidth());

    // A label removed and a type gone: the map follows.
    PortalSchema less = schema;
    less.objectTypes.removeLast();
    less.pairs[{QStringLiteral("0-3"), QStringLiteral("0-3")}].labels.clear();
    scene.setSchema(less);
    QCOMPARE(scene.nodeCount(), 3);
    QCOMPARE(scene.edgeCount(), 1);
    QVERIFY(!scene.nodeFor(QStringLiteral("2-9")));

    scene.setSchema({});
    QCOMPARE(scene.nodeCount(), 0);
    QCOMPARE(scene.edgeCount(), 0);
    QVERIFY(scene.items().isEmpty());
}

void TestAppSchemaMap::demoPortalReadOverHttp() {
    const PortalSchema schema = loadDemo();
    QVERIFY(schema.objectTypes.size() > 5);
    SchemaMapScene scene;
    scene.setSchema(schema);

    QCOMPARE(scene.nodeCount(), int(schema.objectTypes.size()));
    const QMap<ObjectTypePair, int> expected = expectedEdges(schema);
    // The demo seed's user labels: contacts–companies, contacts–contacts, deals–contacts,
    // vehicles–contacts, properties–contacts, companies–companies, projects–companies; and the
    // unlabelled user-defined types HubSpot makes for custom objects: properties–companies,
    // projects–deals (vehicles–contacts and properties–contacts have both).
    QCOMPARE(expected.size(), 9);
    QCOMPARE(scene.edgeCount(), int(expected.size()));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        SchemaMapEdge *edge = scene.edgeFor(it.key());
        QVERIFY2(edge, qPrintable(it.key().key()));
        QCOMPARE(edge->pair(), it.key());
        QCOMPARE(edge->weight(), it.value());
        QCOMPARE(edge->isLoop(), it.key().isSameObject());
    }
    // "Billing contact" and its inverse "Billing company".
    SchemaMapEdge *billing = scene.edgeFor({kCompanies, kContacts});
    QCOMPARE(billing->weight(), 2);
    QVERIFY(billing->toolTip().contains(QStringLiteral("Billing contact")));
    QVERIFY(billing->toolTip().contains(QStringLiteral("Billing company")));
    QVERIFY(scene.nodeFor(QStringLiteral("2-7300101"))->isCustom());
    QVERIFY2(overlapping(scene).isEmpty(), qPrintable(overlapping(scene)));
}

void TestAppSchemaMap::nodesNeverOverlapAndTheLayoutIsStable_data() {
    QTest::addColumn<int>("types");
    QTest::newRow("2 types") << 2;
    QTest::newRow("12 types") << 12;
    QTest::newRow("40 types") << 40;
    QTest::newRow("demo") << 0;
}

void TestAppSchemaMap::nodesNeverOverlapAndTheLayoutIsStable() {
    QFETCH(int, types);
    const PortalSchema schema = types == 0 ? loadDemo() : crowded(types);
    SchemaMapScene first;
    first.setSchema(schema);
    QCOMPARE(first.nodeCount(), int(schema.objectTypes.size()));
    QCOMPARE(first.edgeCount(), int(expectedEdges(schema).size()));
    QVERIFY2(overlapping(first).isEmpty(), qPrintable(overlapping(first)));

    // The same portal looks the same the next time.
    SchemaMapScene second;
    second.setSchema(schema);
    for (const ObjectType &t : schema.objectTypes)
        QCOMPARE(second.nodeFor(t.id)->pos(), first.nodeFor(t.id)->pos());

    // Readable: no node further from its neighbour than a few node widths, and the map about
    // as wide as it is high.
    const QRectF bounds = first.mapRect();
    QVERIFY2(bounds.width() < 4 * bounds.height() && bounds.height() < 4 * bounds.width(),
             qPrintable(QStringLiteral("%1 × %2").arg(bounds.width()).arg(bounds.height())));
    for (SchemaMapEdge *edge : first.edges()) {
        const qreal length = QLineF(edge->first()->pos(), edge->second()->pos()).length();
        QVERIFY2(length < 900, qPrintable(edge->pair().key()));
    }
}

void TestAppSchemaMap::clickingAnEdgeOpensItsPair() {
    const PortalSchema schema = loadDemo();
    SchemaMapWindow window;
    window.setSchema(schema);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SchemaMapView *view = window.view();
    QSignalSpy pairs(&window, &SchemaMapWindow::pairActivated);
    QSignalSpy types(&window, &SchemaMapWindow::typeActivated);

    for (SchemaMapEdge *edge : window.scene()->edges()) {
        pairs.clear();
        const QPoint at = view->mapFromScene(edge->clickPoint());
        QVERIFY2(view->viewport()->rect().contains(at), qPrintable(edge->pair().key()));
        // Nothing else covers the badge the user clicks.
        QCOMPARE(view->itemAt(at), static_cast<QGraphicsItem *>(edge));
        click(view, edge->clickPoint());
        QTRY_COMPARE(pairs.count(), 1);
        const auto pair = pairs.first().first().value<ObjectTypePair>();
        QCOMPARE(pair, edge->activationPair());
        QVERIFY(pair == edge->pair() || pair == edge->pair().reversed());
    }
    // Contacts–companies has as many labels each way: the lower type id comes first.
    pairs.clear();
    click(view, window.scene()->edgeFor({kCompanies, kContacts})->clickPoint());
    QTRY_COMPARE(pairs.count(), 1);
    QCOMPARE(pairs.first().first().value<ObjectTypePair>(),
             (ObjectTypePair{kContacts, kCompanies}));

    // The empty background opens nothing; a double-click on a node names its type.
    pairs.clear();
    QPointF empty = window.scene()->mapRect().topLeft() + QPointF(3, 3);
    QVERIFY(!view->itemAt(view->mapFromScene(empty)));
    click(view, empty);
    SchemaMapNode *deals = window.scene()->nodeFor(kDeals);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(deals->pos()));
    QTRY_COMPARE(types.count(), 1);
    QCOMPARE(types.first().first().toString(), kDeals);
    QCOMPARE(pairs.count(), 0);
}

void TestAppSchemaMap::draggedNodesKeepTheirPlace() {
    SchemaMapWindow window;
    PortalSchema schema = handBuilt();
    window.setSchema(schema);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SchemaMapView *view = window.view();
    SchemaMapNode *gammas = window.scene()->nodeFor(QStringLiteral("0-3"));
    const QPointF before = gammas->pos();
    const QPoint from = view->mapFromScene(before);
    const QPoint to = from + QPoint(40, 25);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    // Drags need real mouse moves: QTest::mouseMove sends no button state.
    for (int step = 1; step <= 5; ++step) {
        QMouseEvent move(QEvent::MouseMove, from + (to - from) * step / 5,
                         view->viewport()->mapToGlobal(from + (to - from) * step / 5), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
    }
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    const QPointF dragged = window.scene()->nodeFor(QStringLiteral("0-3"))->pos();
    QVERIFY(dragged != before);
    // The loop follows its node.
    SchemaMapEdge *loop = window.scene()->edgeFor({QStringLiteral("0-3"), QStringLiteral("0-3")});
    QVERIFY(QLineF(loop->clickPoint(), dragged).length() < 120);

    const QPointF betas = window.scene()->nodeFor(QStringLiteral("0-2"))->pos();
    // Same graph, new label texts: nothing moves.
    schema.pairs[{QStringLiteral("0-1"), QStringLiteral("0-2")}].labels[1].label =
        QStringLiteral("Renamed");
    window.setSchema(schema);
    QCOMPARE(window.scene()->nodeFor(QStringLiteral("0-2"))->pos(), betas);
    QCOMPARE(window.scene()->nodeFor(QStringLiteral("0-3"))->pos(), dragged);
    QVERIFY(window.scene()
                ->edgeFor({QStringLiteral("0-1"), QStringLiteral("0-2")})
                ->toolTip()
                .contains(QStringLiteral("Renamed")));

    // A new edge means a new layout, but the dragged node stays where the user put it.
    addLabels(schema, QStringLiteral("0-2"), QStringLiteral("0-3"),
              {label(200, QStringLiteral("New"))});
    window.setSchema(schema);
    QCOMPARE(window.scene()->edgeCount(), 4);
    QCOMPARE(window.scene()->nodeFor(QStringLiteral("0-3"))->pos(), dragged);
    QVERIFY2(overlapping(*window.scene()).isEmpty(), qPrintable(overlapping(*window.scene())));
}

void TestAppSchemaMap::zoomsWithKeysAndWheelAndFits() {
    SchemaMapWindow window;
    window.setSchema(crowded(30));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SchemaMapView *view = window.view();
    const QRectF all = window.scene()->mapRect();
    // Fitted at first: the whole map is in sight.
    QVERIFY(view->isFitted());
    QVERIFY(view->mapToScene(view->viewport()->rect())
                .boundingRect()
                .adjusted(-2, -2, 2, 2)
                .contains(all));

    const qreal fitted = view->zoom();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(view->zoom(), fitted * SchemaMapView::ZoomStep);
    QVERIFY(!view->isFitted());
    QTest::keyClick(view, Qt::Key_Minus);
    QTest::keyClick(view, Qt::Key_Minus);
    QVERIFY(qAbs(view->zoom() - fitted / SchemaMapView::ZoomStep) < 1e-9);

    const QPoint centre = view->viewport()->rect().center();
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), {}, {0, 240}, Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    const qreal beforeWheel = view->zoom();
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(qAbs(view->zoom() - beforeWheel * SchemaMapView::ZoomStep * SchemaMapView::ZoomStep) <
            1e-9);

    window.fitAction()->trigger();
    QVERIFY(view->isFitted());
    QVERIFY(qAbs(view->zoom() - fitted) < 1e-9);
}

void TestAppSchemaMap::exportsPngAndSvg() {
    const PortalSchema schema = loadDemo();
    SchemaMapWindow window;
    window.setSchema(schema);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    const QString svg = dir.filePath(QStringLiteral("map.svg"));

    QCOMPARE(window.exportPng(png), std::nullopt);
    QImageReader reader(png);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    // Twice the map's size, for sharp slides.
    const QRectF map = window.scene()->mapRect();
    QVERIFY(qAbs(image.width() - 2 * map.width()) <= 2);
    QVERIFY(qAbs(image.height() - 2 * map.height()) <= 2);
    // Not an empty white sheet: the nodes are drawn.
    const SchemaMapNode *contacts = window.scene()->nodeFor(kContacts);
    const QRectF box = contacts->sceneBox();
    const QPointF inBox = (QPointF(box.left() + 6, box.center().y()) - map.topLeft()) * 2;
    QVERIFY(image.pixelColor(inBox.toPoint()) != QColor(Qt::white));

    QCOMPARE(window.exportSvg(svg), std::nullopt);
#ifndef Q_OS_WIN
    QCOMPARE(test::modeOf(png), 0600);
    QCOMPARE(test::modeOf(svg), 0600);
#endif
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("<?xml")));
    QVERIFY(text.contains(QStringLiteral("<svg")));
    for (const ObjectType &t : schema.objectTypes)
        QVERIFY2(text.contains(t.displayName().toHtmlEscaped()), qPrintable(t.displayName()));

    // The toolbar's Export PNG…: asks for a path (here without a dialog) and says where it went.
    const QString chosen = dir.filePath(QStringLiteral("chosen.png"));
    QString offered;
    window.setPathChooser([&](const QString &, const QString &filter, const QString &suggested,
                              std::function<void(const QString &)> done) {
        QVERIFY(filter.contains(QStringLiteral("*.png")));
        offered = suggested;
        done(chosen);
    });
    window.exportPngAction()->trigger();
    QVERIFY(offered.endsWith(QStringLiteral("portal-7001234-schema-map.png")));
    QVERIFY(!QImage(chosen).isNull());
    QVERIFY(window.message().contains(QStringLiteral("chosen.png")));
}

void TestAppSchemaMap::exportFailureIsShown() {
    SchemaMapWindow window;
    window.setSchema(handBuilt());
    QTemporaryDir dir;
    const QString nowhere = dir.filePath(QStringLiteral("missing/folder/map.svg"));
    const auto error = window.exportSvg(nowhere);
    QVERIFY(error.has_value());
    QVERIFY(error->contains(nowhere));
    QVERIFY(!QFile::exists(nowhere));

    window.setPathChooser([&](const QString &, const QString &, const QString &,
                              std::function<void(const QString &)> done) { done(nowhere); });
    window.exportSvgAction()->trigger();
    QVERIFY2(window.message().contains(QStringLiteral("Cannot write")),
             qPrintable(window.message()));
    // Cancelling the dialog does nothing.
    const QString shown = window.message();
    window.setPathChooser([](const QString &, const QString &, const QString &,
                             std::function<void(const QString &)>) {});
    window.exportPngAction()->trigger();
    QCOMPARE(window.message(), shown);
}

void TestAppSchemaMap::mainWindowShowsTheMapAndOpensClickedPairs() {
    DemoPortal portal;
    QVERIFY(portal.start());
    MainWindow window;
    ClientConfig config = portal.config();
    config.connection.timeoutMs = 5000;
    window.connectTo(config);
    models::PortalSession *session = window.session();
    QSignalSpy pairUpdates(session, &models::PortalSession::pairUpdated);

    // Opened at once, before the portal has answered: the map fills in while pairs load.
    QAction *action = window.actions()->schemaMap();
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    action->trigger();
    SchemaMapWindow *map = window.schemaMap();
    QVERIFY(map);
    QSignalSpy rebuilds(map->scene(), &SchemaMapScene::rebuilt);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitForWindowExposed(map));

    // The map fills in as the session preloads, rebuilt far fewer times than pairs arrive.
    QTRY_VERIFY_WITH_TIMEOUT(!session->isPreloading() && session->preloadTotal() > 0, 30000);
    // Nine pairs of the core and custom types, and the demo's deal ↔ line item and lead ↔ contact
    // labels and limits that Auto brings in.
    QTRY_COMPARE(map->scene()->edgeCount(), 13);
    QCOMPARE(map->scene()->nodeCount(), int(session->schema().objectTypes.size()));
    QVERIFY2(rebuilds.count() * 5 < pairUpdates.count(),
             qPrintable(QStringLiteral("%1 rebuilds for %2 pairs")
                            .arg(rebuilds.count())
                            .arg(pairUpdates.count())));

    // Clicking an edge selects its pair in the tree.
    QVERIFY(window.selectPair({kDeals, kCompanies}));
    SchemaMapEdge *billing = map->scene()->edgeFor({kContacts, kCompanies});
    QVERIFY(billing);
    click(map->view(), billing->clickPoint());
    QTRY_COMPARE(window.currentPair(), (ObjectTypePair{kContacts, kCompanies}));
    QCOMPARE(window.treePanel()->currentPair(), (ObjectTypePair{kContacts, kCompanies}));

    // A label made in the app appears on the map.
    QVERIFY(!map->scene()->edgeFor({kDeals, kCompanies}));
    LabelCreateRequest request;
    request.label = QStringLiteral("Sponsor");
    request.name = QStringLiteral("sponsor");
    const auto created = test::await(test::createLabel(*session, {kDeals, kCompanies}, request));
    QVERIFY2(test::written(created), test::whyNot(created).constData());
    QTRY_VERIFY(map->scene()->edgeFor({kDeals, kCompanies}));
    QCOMPARE(map->scene()->edgeCount(), 14);

    // A double-click on a type shows it in the tree, keeping the selected pair.
    SchemaMapNode *vehicles = map->scene()->nodeFor(QStringLiteral("2-7300101"));
    QTest::mouseDClick(map->view()->viewport(), Qt::LeftButton, {},
                       map->view()->mapFromScene(vehicles->pos()));
    QTreeView *tree = window.treePanel()->treeView();
    const QModelIndex vehiclesRow = window.treePanel()->proxy()->mapFromSource(
        window.treeModel()->indexOfType(QStringLiteral("2-7300101")));
    QTRY_VERIFY(tree->isExpanded(vehiclesRow));
    QCOMPARE(window.currentPair(), (ObjectTypePair{kContacts, kCompanies}));

    // Triggering the action again brings the same window back.
    map->hide();
    action->trigger();
    QCOMPARE(window.schemaMap(), map);
    QVERIFY(map->isVisible());
}

QTEST_MAIN(TestAppSchemaMap)
#include "test_app_schema_map.moc"
