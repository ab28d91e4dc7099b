// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <memory>

class QPushButton;

namespace Ui {
class WelcomePage;
}

namespace assoc::app {

// What the window shows before any portal is set up: connect to HubSpot, or look around the
// demo portal first. It only asks; the window does the connecting.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    QPushButton *connectButton() const;
    QPushButton *demoButton() const;
    // Why the demo portal could not start, or empty to hide the message.
    void setDemoError(const QString &message);

signals:
    void connectRequested();
    void demoRequested();

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace assoc::app
