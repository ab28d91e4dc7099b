// SPDX-License-Identifier: MIT
#pragma once

#include <QIdentityProxyModel>

namespace assoc::app {

// A model's texts as a view shows them (display, tool tips, accessible text), each passed
// through auth::Redactor::forDisplay: records that quote HubSpot's error messages never put a
// secret those may echo on the screen. Rows and columns are the source's, unchanged.
class RedactingProxyModel : public QIdentityProxyModel {
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace assoc::app
