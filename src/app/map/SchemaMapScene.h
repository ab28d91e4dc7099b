// SPDX-License-Identifier: MIT
#pragma once

#include "core/ObjectTypePair.h"
#include "core/PortalSchema.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QMap>

namespace assoc::app {

class SchemaMapEdge;
class SchemaMapNode;

// A picture of a portal's association schema: one node per object type and one edge per pair
// of types that has user-defined labels (both directions together, loops for a type with
// itself), laid out so that related types sit together and nothing overlaps.
class SchemaMapScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit SchemaMapScene(QObject *parent = nullptr);

    // Rebuilds the picture. Nodes already on the map keep their place when the graph did not
    // change, and are the starting point of the new layout when it did; nodes the user dragged
    // stay where they were put.
    void setSchema(const PortalSchema &schema);

    int nodeCount() const { return int(m_nodes.size()); }
    // Loops included: one per labelled pair, whatever its direction.
    int edgeCount() const { return int(m_edges.size()); }
    QList<SchemaMapNode *> nodes() const;
    QList<SchemaMapEdge *> edges() const { return m_edges.values(); }
    SchemaMapNode *nodeFor(const QString &typeId) const { return m_nodes.value(typeId); }
    // The edge of the pair in either direction, or null when it has no user-defined label.
    SchemaMapEdge *edgeFor(const ObjectTypePair &pair) const;
    // What the map covers with a margin around it: what views fit and exports draw.
    QRectF mapRect() const;

signals:
    // An edge was clicked: the direction with more labels, else the lower type id first.
    void pairActivated(const assoc::ObjectTypePair &pair);
    // A node was double-clicked.
    void typeActivated(const QString &typeId);
    // After every setSchema.
    void rebuilt();

private:
    static ObjectTypePair unordered(const ObjectTypePair &pair);
    void placeBadges();

    QStringList m_order; // type ids in the schema's order
    QHash<QString, SchemaMapNode *> m_nodes;
    QMap<ObjectTypePair, SchemaMapEdge *> m_edges; // by unordered pair
    QString m_structure;                           // what the last layout was computed for
};

} // namespace assoc::app
