// SPDX-License-Identifier: MIT
#include "CompareController.h"

#include "CompareSession.h"
#include "CompareWindow.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "core/SchemaFile.h"
#include "models/PortalSession.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QWidget>

namespace assoc::app {

CompareController::CompareController(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window) {}

CompareWindow *CompareController::compareWindow() const {
    return m_compare;
}

void CompareController::setSession(models::PortalSession *session) {
    m_session = session;
    if (m_compare)
        m_compare->setCurrentPortal(session);
}

void CompareController::setProfiles(auth::ProfileStore *store, auth::SecretStore *secrets) {
    m_profiles = store;
    m_secrets = secrets;
    if (m_compare)
        m_compare->setProfiles(store, secrets);
}

void CompareController::setJournal(ChangeJournal *journal) {
    m_journal = journal;
    if (m_compare)
        m_compare->setJournal(journal);
}

CompareWindow *CompareController::openCompare() {
    if (!m_compare) {
        m_compare = new CompareWindow(m_window);
        m_compare->setCurrentPortal(m_session);
        if (m_profiles && m_secrets)
            m_compare->setProfiles(m_profiles, m_secrets);
        m_compare->setJournal(m_journal);
    }
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    return m_compare;
}

void CompareController::importSchema() {
    auto *dialog = new QFileDialog(m_window, tr("Import Schema"), QString(),
                                   tr("Schema files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importSchemaDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &CompareController::importFrom);
    dialog->open();
}

CompareWindow *CompareController::importFrom(const QString &path) {
    if (const auto schema = SchemaFile::read(path); !schema) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Schema"),
                                    tr("The schema file could not be imported. Nothing was "
                                       "changed."),
                                    QMessageBox::Close, m_window);
        box->setObjectName(QStringLiteral("importError"));
        box->setInformativeText(schema.error());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    CompareWindow *window = openCompare();
    if (window->session()->isBusy())
        return window; // busy with something the user started: leave it be
    window->setSource(SchemaSource::file(path));
    window->setTarget(SchemaSource::currentPortal());
    window->compare();
    return window;
}

} // namespace assoc::app
