// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace assoc {
class ChangeJournal;
}
namespace assoc::auth {
class ProfileStore;
class SecretStore;
} // namespace assoc::auth
namespace assoc::models {
class PortalSession;
}

namespace assoc::app {

class CompareWindow;

// File → Compare Portals… and Import Schema…: opens the one Compare window (creating it on first
// use) and keeps it told which portal the main window has open, which profiles exist and where
// applied changes are recorded.
class CompareController : public QObject {
    Q_OBJECT
public:
    // `window` parents the Compare window.
    explicit CompareController(QWidget *window, QObject *parent = nullptr);

    void setSession(models::PortalSession *session);
    void setProfiles(auth::ProfileStore *store, auth::SecretStore *secrets);
    // The change history, once the app has one; applied changes are recorded there.
    void setJournal(ChangeJournal *journal);

    // Shows the Compare window as it was left (or new), raised.
    CompareWindow *openCompare();
    // Asks for a schema file, then importFrom() it.
    void importSchema();
    // The Compare window with the file as source and the main window's portal as target,
    // already comparing. A file that cannot be read as a schema (missing, over the size cap, not
    // a schema) is refused in a message box before the Compare window is touched, so a plan it
    // shows is not lost: then null.
    CompareWindow *importFrom(const QString &path);

    // Null until first opened.
    CompareWindow *compareWindow() const;

private:
    QWidget *m_window;
    QPointer<models::PortalSession> m_session;
    QPointer<auth::ProfileStore> m_profiles;
    QPointer<auth::SecretStore> m_secrets;
    ChangeJournal *m_journal = nullptr;
    QPointer<CompareWindow> m_compare;
};

} // namespace assoc::app
