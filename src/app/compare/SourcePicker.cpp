// SPDX-License-Identifier: MIT
#include "SourcePicker.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>

namespace assoc::app {

namespace {
// Item data of the combo box: the kind, and for profiles the profile id.
constexpr int KindRole = Qt::UserRole;
constexpr int ProfileIdRole = Qt::UserRole + 1;
} // namespace

SourcePicker::SourcePicker(QComboBox *combo, QLineEdit *fileEdit, QPushButton *browse,
                           QObject *parent)
    : QObject(parent)
    , m_combo(combo)
    , m_fileEdit(fileEdit)
    , m_browse(browse)
    , m_currentPortalName(tr("The portal open in the main window")) {
    rebuild(SchemaSource::currentPortal());
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateFileWidgets();
        emit changed();
    });
    connect(m_fileEdit, &QLineEdit::textChanged, this, &SourcePicker::changed);
    connect(m_browse, &QPushButton::clicked, this, &SourcePicker::browse);
}

void SourcePicker::setProfiles(const QList<QPair<QString, QString>> &profiles) {
    if (profiles == m_profiles)
        return;
    const SchemaSource keep = source();
    m_profiles = profiles;
    rebuild(keep);
}

void SourcePicker::setCurrentPortalName(const QString &name) {
    m_currentPortalName = name;
    m_combo->setItemText(0, name);
}

void SourcePicker::rebuild(const SchemaSource &keep) {
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(m_currentPortalName);
    m_combo->setItemData(0, int(SchemaSource::Kind::CurrentPortal), KindRole);
    for (const auto &[id, name] : std::as_const(m_profiles)) {
        m_combo->addItem(tr("Profile: %1").arg(name));
        const int row = m_combo->count() - 1;
        m_combo->setItemData(row, int(SchemaSource::Kind::Profile), KindRole);
        m_combo->setItemData(row, id, ProfileIdRole);
    }
    m_combo->addItem(tr("A schema file"));
    m_combo->setItemData(m_combo->count() - 1, int(SchemaSource::Kind::File), KindRole);
    setSource(keep);
}

SchemaSource SourcePicker::source() const {
    const auto kind = SchemaSource::Kind(m_combo->currentData(KindRole).toInt());
    switch (kind) {
    case SchemaSource::Kind::CurrentPortal:
        return SchemaSource::currentPortal();
    case SchemaSource::Kind::Profile:
        return SchemaSource::profile(m_combo->currentData(ProfileIdRole).toString());
    case SchemaSource::Kind::File:
        return SchemaSource::file(m_fileEdit->text().trimmed());
    }
    return {};
}

void SourcePicker::setSource(const SchemaSource &source) {
    int row = 0;
    for (int i = 0; i < m_combo->count(); ++i) {
        if (SchemaSource::Kind(m_combo->itemData(i, KindRole).toInt()) != source.kind)
            continue;
        if (source.kind == SchemaSource::Kind::Profile &&
            m_combo->itemData(i, ProfileIdRole).toString() != source.profileId)
            continue;
        row = i;
        break;
    }
    if (source.kind == SchemaSource::Kind::File)
        m_fileEdit->setText(source.filePath);
    m_combo->setCurrentIndex(row);
    updateFileWidgets();
    emit changed();
}

bool SourcePicker::isComplete() const {
    const SchemaSource s = source();
    return s.kind != SchemaSource::Kind::File || !s.filePath.isEmpty();
}

void SourcePicker::setEnabled(bool enabled) {
    m_combo->setEnabled(enabled);
    m_fileEdit->setEnabled(enabled);
    m_browse->setEnabled(enabled);
}

void SourcePicker::updateFileWidgets() {
    const bool file = source().kind == SchemaSource::Kind::File;
    m_fileEdit->setVisible(file);
    m_browse->setVisible(file);
}

void SourcePicker::browse() {
    // Opened, not exec()'d: the Compare window keeps running while the user picks a file.
    auto *dialog = new QFileDialog(m_browse->window(), tr("Open Schema File"),
                                   QFileInfo(m_fileEdit->text()).absolutePath(),
                                   tr("Schema files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_fileEdit->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

} // namespace assoc::app
