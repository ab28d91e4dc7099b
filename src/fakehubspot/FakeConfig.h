// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace assoc::fake {

// Switches for everything the notes mark [unverified] plus timing knobs.
// Defaults follow the notes; tests flip fields directly, scripts via /__fake/config.
struct FakeConfig {
    // Timing: every non-control request is answered after latencyMs + [0, jitterMs].
    int latencyMs = 0;
    int latencyJitterMs = 0;

    // Success codes: false = v4 codes (create 201/207, update 200/207, purge 204);
    // true = v4 answers like 2026-09 (200 everywhere, purge with a body).
    bool v4TwoHundredCodes = false;

    // Label semantics ([unverified] in the notes).
    bool acceptInverseIdOnPath = true;        // PUT/DELETE accept the other direction's id
    bool deleteBothDirections = true;         // DELETE removes the paired direction too
    bool sameObjectSingleLabelTwoIds = false; // A->A single label gets two ids
    int maxLabelsPerPair = 50;
    QString labelNamePattern = QStringLiteral("^[a-z][a-z0-9_]{0,99}$");
    int maxLabelLength = 100;
    bool acceptFullyQualifiedNames = false; // p{portalId}_{name} in paths
    bool nullForUnsetLimits = false;        // userEnforcedMaxToObjectIds: null instead of absent
    int maxToObjectIdsCeiling = 10000;
    int defaultRecordAssociationLimit = 10000; // records limit when no user limit is set

    // Rate limiting.
    bool rateLimitEnabled = true;
    int burstMax = 190;
    int burstWindowMs = 10000;
    qint64 dailyMax = 625000;
    bool burstLimitEverywhere = false; // false: schema operations are exempt
    bool sendRetryAfter = true;

    // Authentication.
    QString privateAppToken = QStringLiteral("pat-fake-0000-demo-token");
    bool acceptApiKeyHeaders = true; // `private-app` / `private-app-legacy` headers
    QStringList requiredScopes;      // empty = no scope check; else one of them is needed
    QStringList privateAppScopes;    // scopes the private-app token carries

    // OAuth.
    int accessTokenLifetimeSec = 1800;
    bool rotateRefreshTokens = false;

    // Other endpoints.
    bool schemasNewPathAvailable = true; // false: /crm-object-schemas/v3/schemas answers 404
    // Leave `id` out of custom object schemas, which the spec requires: some HubSpot-compatible
    // servers do, and a client must not need a field it never uses.
    bool schemasWithoutId = false;

    // Object types, by id or standard name. Absent: answered as unknown (400 "Unable to infer
    // object type from: …"), on top of the types the seed leaves out. Denied: 403 MISSING_SCOPES
    // naming the type's read scope, on top of the seed's. Both are left out of portal-wide
    // listings.
    QStringList absentObjectTypes;
    QStringList deniedObjectTypes;
    bool namesForAllStandardTypes = true; // false: only the names the docs list work in paths

    // Faults: a faulted write first applies, then fails (tests duplicate-write safety).
    bool failAfterApplying = false;

    // HTTP validators, which the notes do not cover (HubSpot's behaviour is unknown): a 200 to a
    // GET carries an ETag (a hash of its body), and a GET whose If-None-Match names the current
    // one is answered 304 without a body. Off: no ETag, and If-None-Match is ignored.
    bool etags = false;

    FakeConfig();
    QJsonObject toJson() const;
    // Applies the known keys of `json`; returns the keys it did not know.
    QStringList apply(const QJsonObject &json);
};

} // namespace assoc::fake
