// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace assoc {

// A request body that can be read once only. Qt 6.4 silently sends a request again when a
// connection drops before the answer, even a POST; a body that cannot be rewound makes it fail
// with ContentReSendError instead, so the scheduler decides — and never repeats a write blindly.
class OneShotBody : public QIODevice {
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override;
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace assoc
