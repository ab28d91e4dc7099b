// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace assoc::app {

class MainWindow;

// Waits until the window shows the requested pair's labels, saves the window as a PNG and
// reports the outcome; gives up after a timeout or when connecting fails.
class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow *window, QString file, QString select, QObject *parent = nullptr);

    void start(int timeoutMs = 30000);

signals:
    void finished(bool ok, const QString &message);

private:
    void check();
    void capture();
    void fail(const QString &message);

    QPointer<MainWindow> m_window;
    QString m_file;
    QString m_select;
    QTimer *m_timeout;
    bool m_selected = false;
    bool m_done = false;
};

} // namespace assoc::app
