// SPDX-License-Identifier: MIT
#include "SchemaMapScene.h"

#include "SchemaMapEdge.h"
#include "SchemaMapLayout.h"
#include "SchemaMapNode.h"

#include <QGuiApplication>
#include <QTimer>

namespace assoc::app {

namespace {

struct EdgeData {
    int forward = 0; // user labels from the lower id to the higher
    int backward = 0;
    QStringList lines;
};

QString labelList(const PairSchema &pair) {
    QStringList texts;
    for (const AssociationLabel &label : pair.labels) {
        if (label.category.kind() == AssociationCategory::UserDefined)
            texts.append(label.displayText());
    }
    return texts.join(QStringLiteral(", "));
}

} // namespace

SchemaMapScene::SchemaMapScene(QObject *parent)
    : QGraphicsScene(parent) {
    setItemIndexMethod(QGraphicsScene::NoIndex); // few items, and they move
}

ObjectTypePair SchemaMapScene::unordered(const ObjectTypePair &pair) {
    return pair.toId < pair.fromId ? pair.reversed() : pair;
}

QList<SchemaMapNode *> SchemaMapScene::nodes() const {
    QList<SchemaMapNode *> out;
    for (const QString &id : m_order)
        out.append(m_nodes.value(id));
    return out;
}

SchemaMapEdge *SchemaMapScene::edgeFor(const ObjectTypePair &pair) const {
    return m_edges.value(unordered(pair));
}

QRectF SchemaMapScene::mapRect() const {
    const QRectF bounds = itemsBoundingRect();
    return bounds.isEmpty() ? QRectF(0, 0, 200, 120) : bounds.adjusted(-24, -24, 24, 24);
}

void SchemaMapScene::placeBadges() {
    // Two lines crossing at their middles would put one badge over the other, and a badge
    // under a node cannot be clicked: such badges move along their line.
    QList<QRectF> taken;
    for (SchemaMapNode *node : std::as_const(m_nodes))
        taken.append(node->sceneBox());
    for (SchemaMapEdge *edge : std::as_const(m_edges)) {
        if (edge->isLoop())
            taken.append(edge->badgeRect());
    }
    const auto isFree = [&taken](const QRectF &rect) {
        return std::none_of(taken.cbegin(), taken.cend(),
                            [&rect](const QRectF &other) { return other.intersects(rect); });
    };
    for (SchemaMapEdge *edge : std::as_const(m_edges)) {
        if (edge->isLoop())
            continue;
        for (const qreal at : {0.5, 0.38, 0.62, 0.28, 0.72, 0.5}) {
            edge->setBadgeAt(at);
            if (isFree(edge->badgeRect()))
                break;
        }
        taken.append(edge->badgeRect());
    }
}

void SchemaMapScene::setSchema(const PortalSchema &schema) {
    struct Kept {
        QPointF pos;
        bool pinned;
    };
    QHash<QString, Kept> kept;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        kept.insert(it.key(), {it.value()->pos(), it.value()->isPinned()});
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_order.clear();

    // In pixels, not points: exports draw on devices of other resolutions than the screen,
    // and the boxes are measured for the text they must hold.
    QFont font = QGuiApplication::font();
    font.setPixelSize(13);
    for (const ObjectType &type : schema.objectTypes) {
        if (m_nodes.contains(type.id))
            continue;
        auto *node = new SchemaMapNode(type, font);
        node->onActivated([this](const QString &typeId) {
            // Queued: a receiver may rebuild the map, which deletes the item being clicked.
            QTimer::singleShot(0, this, [this, typeId] { emit typeActivated(typeId); });
        });
        addItem(node);
        m_nodes.insert(type.id, node);
        m_order.append(type.id);
    }

    QMap<ObjectTypePair, EdgeData> data;
    for (const PairSchema &pair : schema.pairs) {
        const int count = pair.userLabelCount();
        if (count == 0 || !m_nodes.contains(pair.pair.fromId) || !m_nodes.contains(pair.pair.toId))
            continue;
        const ObjectTypePair key = unordered(pair.pair);
        EdgeData &edge = data[key];
        (key == pair.pair ? edge.forward : edge.backward) += count;
        const auto *from = schema.objectType(pair.pair.fromId);
        const auto *to = schema.objectType(pair.pair.toId);
        edge.lines.append(
            tr("%1 → %2: %3").arg(from->displayName(), to->displayName(), labelList(pair)));
    }

    QStringList structure = m_order;
    SchemaMapLayout layout;
    for (const QString &id : std::as_const(m_order)) {
        const auto it = kept.constFind(id);
        SchemaMapLayout::Node node{m_nodes.value(id)->box().size(), std::nullopt, false};
        if (it != kept.constEnd())
            node = {node.size, it->pos, it->pinned};
        layout.addNode(node);
    }
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        const ObjectTypePair &key = it.key();
        SchemaMapNode *a = m_nodes.value(key.fromId);
        SchemaMapNode *b = m_nodes.value(key.toId);
        const ObjectTypePair activation = it->backward > it->forward ? key.reversed() : key;
        auto *edge = new SchemaMapEdge(a, b, it->forward + it->backward, activation, font);
        const QString title = key.isSameObject()
                                  ? a->displayName()
                                  : tr("%1 ↔ %2").arg(a->displayName(), b->displayName());
        edge->setToolTip(tr("%1 — %n user-defined label(s)", nullptr, edge->weight()).arg(title) +
                         QLatin1Char('\n') + it->lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                         tr("Click to open this pair."));
        edge->onActivated([this](const ObjectTypePair &pair) {
            QTimer::singleShot(0, this, [this, pair] { emit pairActivated(pair); });
        });
        addItem(edge);
        m_edges.insert(key, edge);
        if (!key.isSameObject()) {
            layout.addEdge(int(m_order.indexOf(key.fromId)), int(m_order.indexOf(key.toId)));
            structure.append(key.key());
        }
    }

    const QString signature = structure.join(QLatin1Char(' '));
    const bool sameGraph = signature == m_structure &&
                           std::all_of(m_order.cbegin(), m_order.cend(),
                                       [&kept](const QString &id) { return kept.contains(id); });
    m_structure = signature;
    const QList<QPointF> centres = sameGraph ? QList<QPointF>() : layout.run();
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        SchemaMapNode *node = m_nodes.value(m_order[i]);
        const auto it = kept.constFind(m_order[i]);
        if (it != kept.constEnd())
            node->setPinned(it->pinned);
        node->setPos(sameGraph ? it->pos : centres[i]);
    }
    placeBadges();
    setSceneRect(mapRect());
    emit rebuilt();
}

} // namespace assoc::app
