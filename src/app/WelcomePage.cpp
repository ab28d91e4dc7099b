// SPDX-License-Identifier: MIT
#include "WelcomePage.h"

#include "dialogs/DialogSupport.h"
#include "ui_WelcomePage.h"

namespace assoc::app {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("welcomePage"));
    // A heading the size the platform's style would give a page title.
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    dialogs::prepareFieldMessage(m_ui->demoError);
    for (QPushButton *button : {m_ui->connectButton, m_ui->demoButton})
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] {
        setDemoError({});
        emit demoRequested();
    });
    setFocusProxy(m_ui->connectButton);
}

WelcomePage::~WelcomePage() = default;

QPushButton *WelcomePage::connectButton() const {
    return m_ui->connectButton;
}

QPushButton *WelcomePage::demoButton() const {
    return m_ui->demoButton;
}

void WelcomePage::setDemoError(const QString &message) {
    dialogs::setFieldMessage(m_ui->demoError, message);
}

} // namespace assoc::app
