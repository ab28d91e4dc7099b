// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCall.h"
#include "HubSpotClient.h"
#include "core/PortalSchema.h"

#include <QObject>

namespace assoc {

// Reads a whole portal — account, object types, every ordered pair's labels, every limit —
// with as many requests in flight as the scheduler allows. Progress is reported on the Call.
// A pair that cannot be read fails the whole load: never silently partial data. Chosen types the
// portal lacks or the token may not read are left out and named in unavailableTypes.
class PortalLoader : public QObject {
    Q_OBJECT
public:
    explicit PortalLoader(HubSpotClient *client, QObject *parent = nullptr);

    Call<PortalSchema> *load(Priority priority = Priority::Background);

private:
    HubSpotClient *m_client;
};

} // namespace assoc
