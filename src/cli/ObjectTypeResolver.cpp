// SPDX-License-Identifier: MIT
#include "ObjectTypeResolver.h"

#include "api/HubSpotClient.h"

#include <QRegularExpression>

namespace assoc::cli {

ObjectTypeResolver::ObjectTypeResolver(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

bool ObjectTypeResolver::looksLikeId(const QString &text) {
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+-[0-9]+")));
    return pattern.match(text).hasMatch();
}

std::optional<ObjectType> ObjectTypeResolver::resolveLocally(const QString &input) {
    const QString text = input.trimmed();
    if (auto standard = StandardObjectTypes::find(text))
        return standard;
    if (auto standard = StandardObjectTypes::find(text.toLower()))
        return standard;
    if (looksLikeId(text)) {
        ObjectType t;
        t.id = text;
        t.custom = text.startsWith(QLatin1String("2-"));
        return t;
    }
    return std::nullopt;
}

std::optional<ObjectType> ObjectTypeResolver::findCustom(const QString &input,
                                                         const QList<ObjectType> &custom) {
    const QString text = input.trimmed();
    for (const ObjectType &t : custom) {
        if (t.id == text || t.name.compare(text, Qt::CaseInsensitive) == 0 ||
            (!t.fullyQualifiedName.isEmpty() &&
             t.fullyQualifiedName.compare(text, Qt::CaseInsensitive) == 0))
            return t;
    }
    return std::nullopt;
}

void ObjectTypeResolver::resolve(const QStringList &inputs, Done done) {
    Outcome outcome;
    bool needCustom = false;
    for (const QString &input : inputs) {
        if (!resolveLocally(input))
            needCustom = true;
    }
    if (!needCustom) {
        for (const QString &input : inputs)
            outcome.types.append(*resolveLocally(input));
        m_client->rememberObjectTypes(outcome.types);
        done(outcome);
        return;
    }
    auto *call = m_client->listCustomObjectTypes(Priority::UserAction);
    call->then(this, [this, inputs, done](const ApiResult<QList<ObjectType>> &result) {
        Outcome out;
        if (!result) {
            out.apiError = result.error();
            done(out);
            return;
        }
        const QList<ObjectType> &custom = result.value();
        m_client->rememberObjectTypes(custom);
        for (const QString &input : inputs) {
            std::optional<ObjectType> type = findCustom(input, custom);
            if (!type)
                type = resolveLocally(input);
            if (!type) {
                out.unknown = input;
                for (const ObjectType &t : custom)
                    out.known.append(t.name);
                out.types.clear();
                done(out);
                return;
            }
            out.types.append(*type);
        }
        done(out);
    });
}

} // namespace assoc::cli
