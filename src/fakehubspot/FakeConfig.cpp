// SPDX-License-Identifier: MIT
#include "FakeConfig.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace assoc::fake {

FakeConfig::FakeConfig()
    : privateAppScopes{u"crm.objects.contacts.read"_s,  u"crm.objects.contacts.write"_s,
                       u"crm.objects.companies.read"_s, u"crm.objects.companies.write"_s,
                       u"crm.objects.deals.read"_s,     u"crm.objects.deals.write"_s,
                       u"crm.objects.custom.read"_s,    u"crm.objects.custom.write"_s,
                       u"crm.schemas.custom.read"_s,    u"tickets"_s} {}

QJsonObject FakeConfig::toJson() const {
    return QJsonObject{
        {u"latencyMs"_s, latencyMs},
        {u"latencyJitterMs"_s, latencyJitterMs},
        {u"v4TwoHundredCodes"_s, v4TwoHundredCodes},
        {u"acceptInverseIdOnPath"_s, acceptInverseIdOnPath},
        {u"deleteBothDirections"_s, deleteBothDirections},
        {u"sameObjectSingleLabelTwoIds"_s, sameObjectSingleLabelTwoIds},
        {u"maxLabelsPerPair"_s, maxLabelsPerPair},
        {u"labelNamePattern"_s, labelNamePattern},
        {u"maxLabelLength"_s, maxLabelLength},
        {u"acceptFullyQualifiedNames"_s, acceptFullyQualifiedNames},
        {u"nullForUnsetLimits"_s, nullForUnsetLimits},
        {u"maxToObjectIdsCeiling"_s, maxToObjectIdsCeiling},
        {u"defaultRecordAssociationLimit"_s, defaultRecordAssociationLimit},
        {u"rateLimitEnabled"_s, rateLimitEnabled},
        {u"burstMax"_s, burstMax},
        {u"burstWindowMs"_s, burstWindowMs},
        {u"dailyMax"_s, dailyMax},
        {u"burstLimitEverywhere"_s, burstLimitEverywhere},
        {u"sendRetryAfter"_s, sendRetryAfter},
        {u"privateAppToken"_s, privateAppToken},
        {u"acceptApiKeyHeaders"_s, acceptApiKeyHeaders},
        {u"requiredScopes"_s, QJsonArray::fromStringList(requiredScopes)},
        {u"privateAppScopes"_s, QJsonArray::fromStringList(privateAppScopes)},
        {u"accessTokenLifetimeSec"_s, accessTokenLifetimeSec},
        {u"rotateRefreshTokens"_s, rotateRefreshTokens},
        {u"schemasNewPathAvailable"_s, schemasNewPathAvailable},
        {u"schemasWithoutId"_s, schemasWithoutId},
        {u"absentObjectTypes"_s, QJsonArray::fromStringList(absentObjectTypes)},
        {u"deniedObjectTypes"_s, QJsonArray::fromStringList(deniedObjectTypes)},
        {u"namesForAllStandardTypes"_s, namesForAllStandardTypes},
        {u"failAfterApplying"_s, failAfterApplying},
        {u"etags"_s, etags},
    };
}

QStringList FakeConfig::apply(const QJsonObject &json) {
    QStringList unknown;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue v = it.value();
        auto toList = [](const QJsonValue &value) {
            QStringList out;
            for (const auto &item : value.toArray())
                out.append(item.toString());
            return out;
        };
        if (key == u"latencyMs")
            latencyMs = v.toInt(latencyMs);
        else if (key == u"latencyJitterMs")
            latencyJitterMs = v.toInt(latencyJitterMs);
        else if (key == u"v4TwoHundredCodes")
            v4TwoHundredCodes = v.toBool(v4TwoHundredCodes);
        else if (key == u"acceptInverseIdOnPath")
            acceptInverseIdOnPath = v.toBool(acceptInverseIdOnPath);
        else if (key == u"deleteBothDirections")
            deleteBothDirections = v.toBool(deleteBothDirections);
        else if (key == u"sameObjectSingleLabelTwoIds")
            sameObjectSingleLabelTwoIds = v.toBool(sameObjectSingleLabelTwoIds);
        else if (key == u"maxLabelsPerPair")
            maxLabelsPerPair = v.toInt(maxLabelsPerPair);
        else if (key == u"labelNamePattern")
            labelNamePattern = v.toString(labelNamePattern);
        else if (key == u"maxLabelLength")
            maxLabelLength = v.toInt(maxLabelLength);
        else if (key == u"acceptFullyQualifiedNames")
            acceptFullyQualifiedNames = v.toBool(acceptFullyQualifiedNames);
        else if (key == u"nullForUnsetLimits")
            nullForUnsetLimits = v.toBool(nullForUnsetLimits);
        else if (key == u"maxToObjectIdsCeiling")
            maxToObjectIdsCeiling = v.toInt(maxToObjectIdsCeiling);
        else if (key == u"defaultRecordAssociationLimit")
            defaultRecordAssociationLimit = v.toInt(defaultRecordAssociationLimit);
        else if (key == u"rateLimitEnabled")
            rateLimitEnabled = v.toBool(rateLimitEnabled);
        else if (key == u"burstMax")
            burstMax = v.toInt(burstMax);
        else if (key == u"burstWindowMs")
            burstWindowMs = v.toInt(burstWindowMs);
        else if (key == u"dailyMax")
            dailyMax = v.toInteger(dailyMax);
        else if (key == u"burstLimitEverywhere")
            burstLimitEverywhere = v.toBool(burstLimitEverywhere);
        else if (key == u"sendRetryAfter")
            sendRetryAfter = v.toBool(sendRetryAfter);
        else if (key == u"privateAppToken")
            privateAppToken = v.toString(privateAppToken);
        else if (key == u"acceptApiKeyHeaders")
            acceptApiKeyHeaders = v.toBool(acceptApiKeyHeaders);
        else if (key == u"requiredScopes")
            requiredScopes = toList(v);
        else if (key == u"privateAppScopes")
            privateAppScopes = toList(v);
        else if (key == u"accessTokenLifetimeSec")
            accessTokenLifetimeSec = v.toInt(accessTokenLifetimeSec);
        else if (key == u"rotateRefreshTokens")
            rotateRefreshTokens = v.toBool(rotateRefreshTokens);
        else if (key == u"schemasNewPathAvailable")
            schemasNewPathAvailable = v.toBool(schemasNewPathAvailable);
        else if (key == u"schemasWithoutId")
            schemasWithoutId = v.toBool(schemasWithoutId);
        else if (key == u"absentObjectTypes")
            absentObjectTypes = toList(v);
        else if (key == u"deniedObjectTypes")
            deniedObjectTypes = toList(v);
        else if (key == u"namesForAllStandardTypes")
            namesForAllStandardTypes = v.toBool(namesForAllStandardTypes);
        else if (key == u"failAfterApplying")
            failAfterApplying = v.toBool(failAfterApplying);
        else if (key == u"etags")
            etags = v.toBool(etags);
        else
            unknown.append(key);
    }
    return unknown;
}

} // namespace assoc::fake
