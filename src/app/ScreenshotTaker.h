// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QAction;
class QTemporaryDir;
class QTimer;
class QWidget;

namespace assoc::app {

class MainWindow;

// Waits until the window shows the requested pair's labels, sets up one scene of the app (a
// dialog, a window, a panel) through the window's own actions, saves it as a PNG and reports the
// outcome; gives up after a timeout or when connecting fails. What tools/make-guide-images.sh
// uses for the pictures of the user guide.
class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow *window, QString file, QString select, QObject *parent = nullptr);
    ~ScreenshotTaker() override;

    // One of sceneNames(); empty is "main", the window itself.
    void setScene(const QString &name) { m_scene = name; }
    static QStringList sceneNames();

    void start(int timeoutMs = 30000);

signals:
    void finished(bool ok, const QString &message);

private:
    void check();
    void runScene();
    void openOnLimitedLabel(QAction *action, bool lower);
    void createLabel();
    void bulkDelete();
    void copyMenu();
    void compare(bool confirmApply);
    void history();
    void connectDialog();
    // Saves what `find` returns once it is a shown widget whose impact panels (if any) have their
    // reports, looking every 50 ms; fails with `missing` when nothing is shown within 4 s.
    void grabWhen(std::function<QWidget *()> find, const QString &missing);
    void capture(QWidget *target);
    void fail(const QString &message);

    QPointer<MainWindow> m_window;
    QString m_file;
    QString m_select;
    QString m_scene;
    std::unique_ptr<QTemporaryDir> m_files; // the schema file the compare scenes read
    QPointer<QWidget> m_behind;             // drawn under a window-modal question, when set
    QTimer *m_poll = nullptr;
    QTimer *m_timeout;
    bool m_selected = false;
    bool m_started = false;
    bool m_done = false;
};

} // namespace assoc::app
