// SPDX-License-Identifier: MIT
#include "BatchReport.h"

#include "OutputFormatter.h"
#include "core/JsonView.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace assoc::cli {

namespace {
// lupdate files these strings under "BatchReport" too; a plain tr() wrapper here would hide them
// from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(BatchReport)
};
} // namespace

void BatchReport::succeeded(const AssociationLabel &item, const QString &outcome) {
    m_items.append({item, outcome, std::nullopt});
}

void BatchReport::failed(const AssociationLabel &item, const ApiError &error) {
    m_items.append({item, Texts::tr("failed"), error});
}

qsizetype BatchReport::failures() const {
    return std::count_if(m_items.begin(), m_items.end(), [](const Item &i) {
        return i.error && i.error->kind != ApiError::Kind::Conflict;
    });
}

qsizetype BatchReport::conflicts() const {
    return std::count_if(m_items.begin(), m_items.end(), [](const Item &i) {
        return i.error && i.error->kind == ApiError::Kind::Conflict;
    });
}

ExitCode BatchReport::exitCode() const {
    const qsizetype failed = failures();
    if (failed == 0)
        return conflicts() == 0 ? ExitCode::Success : ExitCode::Conflict;
    return failed == m_items.size() ? ExitCode::Failure : ExitCode::Partial;
}

ExitCode BatchReport::print(OutputFormatter *output, const ObjectTypePair &pair) const {
    const ExitCode code = exitCode();
    // One item that failed is an ordinary failure.
    if (m_items.size() == 1 && m_items.first().error) {
        output->apiError(*m_items.first().error);
        return code;
    }
    TextTable table(
        {Texts::tr("TYPE ID"), Texts::tr("CATEGORY"), Texts::tr("LABEL"), Texts::tr("OUTCOME")});
    table.setAlignment(0, TextTable::Align::Right);
    QJsonArray list;
    std::optional<ApiError> firstError;
    for (const Item &item : m_items) {
        QString outcome = item.outcome;
        if (item.error) {
            const QString message =
                item.error->message.isEmpty() ? item.error->userMessage() : item.error->message;
            outcome = item.error->kind == ApiError::Kind::Conflict
                          ? Texts::tr("not changed: %1").arg(message)
                          : Texts::tr("failed: %1").arg(message);
            output->note(Texts::tr("assocctl: typeId %1: %2")
                             .arg(item.label.typeId)
                             .arg(item.error->userMessage()));
            if (!firstError)
                firstError = item.error;
        }
        table.addRow({QString::number(item.label.typeId), item.label.category.apiName(),
                      item.label.displayText(), outcome});
        QJsonObject o = JsonView::label(item.label, std::nullopt);
        o.remove(QStringLiteral("limit"));
        o.insert(QStringLiteral("ok"), !item.error.has_value());
        o.insert(QStringLiteral("outcome"), !item.error ? item.outcome
                                            : item.error->kind == ApiError::Kind::Conflict
                                                ? QStringLiteral("conflict")
                                                : QStringLiteral("failed"));
        o.insert(QStringLiteral("error"), item.error
                                              ? QJsonValue(OutputFormatter::errorJson(*item.error))
                                              : QJsonValue(QJsonValue::Null));
        list.append(o);
    }
    QJsonObject json = JsonView::pair(pair);
    json.insert(QStringLiteral("results"), list);
    if (code == ExitCode::Failure && firstError)
        json.insert(QStringLiteral("error"), OutputFormatter::errorJson(*firstError));
    if (code == ExitCode::Partial) {
        output->note(
            Texts::tr("assocctl: %1 of %2 items failed.").arg(failures()).arg(m_items.size()));
    }
    output->result(table, json);
    return code;
}

} // namespace assoc::cli
