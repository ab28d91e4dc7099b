// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryFilter.h"
#include "core/ChangeRecord.h"
#include "core/Expected.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace assoc::history {

// The change history in one SQLite file, shared by the app and assocctl (each process opens
// its own connection; SQLite serialises the writers). Nothing secret is stored: records hold
// labels, limits, type ids and HubSpot's messages, never tokens or URLs; a message, which may
// echo what the request carried, passes the text filter (the program's redactor) first.
class HistoryStore : public QObject, public ChangeJournal {
    Q_OBJECT
public:
    // Opens the file, creating it (and its folder) when missing.
    static Expected<std::unique_ptr<HistoryStore>, QString> open(const QString &path,
                                                                 QObject *parent = nullptr);
    // The one file the app and assocctl share. Built from the generic data location rather
    // than the application's name, which differs between the two programs.
    static QString defaultPath();

    ~HistoryStore() override;

    QString path() const { return m_path; }

    // Applied to the free text of every record (HubSpot's message, the reason a change was
    // skipped) before it is stored or announced. The history links no redactor itself, so
    // the program hands it its own.
    using TextFilter = std::function<QString(const QString &)>;
    void setTextFilter(TextFilter filter) { m_textFilter = std::move(filter); }

    // Assigns the record its id and emits recorded(); a record that cannot be written is
    // reported by lastError() and a warning, as the write it describes has happened anyway.
    void record(const ChangeRecord &record) override;
    qint64 lastRecordedId() const { return m_lastId; }
    QString lastError() const { return m_lastError; }

    // Newest first.
    QList<ChangeRecord> query(const HistoryFilter &filter = {}) const;
    std::optional<ChangeRecord> find(qint64 id) const;
    // The id of the successful record that undid `id`, or 0 when it has not been undone.
    qint64 undoneBy(qint64 id) const;
    // Every record a successful undo has reversed.
    QSet<qint64> undoneIds() const;

signals:
    void recorded(const assoc::ChangeRecord &record);

private:
    HistoryStore(QString path, QString connection, QObject *parent);
    std::optional<QString> migrate();

    QString m_path;
    QString m_connection;
    qint64 m_lastId = 0;
    QString m_lastError;
    TextFilter m_textFilter;
};

} // namespace assoc::history
