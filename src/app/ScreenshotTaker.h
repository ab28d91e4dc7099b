// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QTimer;
class QWidget;

namespace assoc::app {

class MainWindow;

// Waits until the window shows the requested pair's labels, saves the window as a PNG and
// reports the outcome; gives up after a timeout or when connecting fails.
class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow *window, QString file, QString select, QObject *parent = nullptr);

    // Instead of the window, a dialog opened on the selected pair's first user-defined label
    // with a limit: one of dialogNames().
    void setDialog(const QString &name) { m_dialog = name; }
    static QStringList dialogNames();

    void start(int timeoutMs = 30000);

signals:
    void finished(bool ok, const QString &message);

private:
    void check();
    void openDialog();
    void waitForDialog();
    void capture();
    void fail(const QString &message);

    QPointer<MainWindow> m_window;
    QString m_file;
    QString m_select;
    QString m_dialog;
    QPointer<QWidget> m_target; // what is saved: the window, or the dialog once open
    QTimer *m_poll = nullptr;
    int m_polls = 0;
    QTimer *m_timeout;
    bool m_selected = false;
    bool m_done = false;
};

} // namespace assoc::app
