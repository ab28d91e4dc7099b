// SPDX-License-Identifier: MIT
#include "LabelCopyController.h"

#include "ActionSet.h"
#include "LabelTablePanel.h"
#include "models/LabelCopyText.h"
#include "models/LabelTableModel.h"
#include "models/PortalSession.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>

namespace assoc::app {

using models::LabelCopyText;

LabelCopyController::LabelCopyController(ActionSet *actions, LabelTablePanel *table,
                                         models::LabelTableModel *model, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model) {
    using Text = QString (*)(const models::PortalSession &, const ObjectTypePair &,
                             const QList<AssociationLabel> &);
    const auto wire = [this](QAction *action, Text text) {
        connect(action, &QAction::triggered, this, [this, text] {
            const QList<AssociationLabel> labels = m_table->selectedLabels();
            if (!m_session || labels.isEmpty())
                return;
            QGuiApplication::clipboard()->setText(text(*m_session, m_model->pair(), labels));
        });
    };
    wire(actions->copyTypeIds(),
         [](const models::PortalSession &, const ObjectTypePair &,
            const QList<AssociationLabel> &labels) { return LabelCopyText::typeIds(labels); });
    wire(actions->copyJson(), &LabelCopyText::json);
    wire(actions->copyCommands(), &LabelCopyText::commands);
    wire(actions->copyApiDetails(), &LabelCopyText::apiDetails);
}

} // namespace assoc::app
