// SPDX-License-Identifier: MIT
#include "ObjectTypeChoiceEdit.h"

#include <QComboBox>
#include <QListWidget>
#include <QVBoxLayout>
#include <tuple>

namespace assoc::app {

namespace {
constexpr int NameRole = Qt::UserRole;
}

ObjectTypeChoiceEdit::ObjectTypeChoiceEdit(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_types(new QListWidget(this)) {
    m_mode->setObjectName(QStringLiteral("objectTypesCombo"));
    m_types->setObjectName(QStringLiteral("objectTypesList"));
    using Mode = ObjectTypeChoice::Mode;
    const QList<std::tuple<QString, Mode, QString>> modes = {
        {tr("Auto (recommended)"), Mode::Auto,
         tr("Contacts, companies, deals, tickets, the custom objects and every other type that "
            "has labels or limits: whatever your portal's admins customised.")},
        {tr("Core"), Mode::Core, tr("Contacts, companies, deals, tickets and the custom objects.")},
        {tr("All"), Mode::All,
         tr("Every standard type and the custom objects: about a thousand requests.")},
        {tr("Choose…"), Mode::List, tr("The standard types checked below.")}};
    for (const auto &[text, mode, tip] : modes) {
        m_mode->addItem(text, int(mode));
        m_mode->setItemData(m_mode->count() - 1, tip, Qt::ToolTipRole);
    }
    for (const ObjectType &t : StandardObjectTypes::all()) {
        auto *item = new QListWidgetItem(t.displayName(), m_types);
        item->setData(NameRole, t.name);
        item->setToolTip(t.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ObjectTypeChoice::isCoreType(t.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_types);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateList();
        emit changed();
    });
    connect(m_types, &QListWidget::itemChanged, this, &ObjectTypeChoiceEdit::changed);
    updateList();
}

void ObjectTypeChoiceEdit::setChoice(const ObjectTypeChoice &choice) {
    m_otherEntries.clear();
    const bool listed = choice.mode() == ObjectTypeChoice::Mode::List;
    const QStringList standard = choice.standardTypeIds();
    for (int row = 0; row < m_types->count(); ++row) {
        QListWidgetItem *item = m_types->item(row);
        const bool checked = listed ? standard.contains(item->toolTip())
                                    : ObjectTypeChoice::isCoreType(item->toolTip());
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    for (const QString &entry : choice.entries()) {
        if (!StandardObjectTypes::find(entry))
            m_otherEntries.append(entry);
    }
    m_mode->setCurrentIndex(m_mode->findData(int(choice.mode())));
    updateList();
}

ObjectTypeChoice ObjectTypeChoiceEdit::choice() const {
    switch (ObjectTypeChoice::Mode(m_mode->currentData().toInt())) {
    case ObjectTypeChoice::Mode::Core:
        return ObjectTypeChoice::core();
    case ObjectTypeChoice::Mode::All:
        return ObjectTypeChoice::all();
    case ObjectTypeChoice::Mode::Auto:
        return ObjectTypeChoice::automatic();
    case ObjectTypeChoice::Mode::List:
        break;
    }
    QStringList entries;
    for (int row = 0; row < m_types->count(); ++row) {
        if (m_types->item(row)->checkState() == Qt::Checked)
            entries.append(m_types->item(row)->data(NameRole).toString());
    }
    return ObjectTypeChoice::list(entries + m_otherEntries);
}

QString ObjectTypeChoiceEdit::problem() const {
    if (ObjectTypeChoice::Mode(m_mode->currentData().toInt()) == ObjectTypeChoice::Mode::List &&
        choice().entries().isEmpty())
        return tr("Check at least one object type.");
    return {};
}

void ObjectTypeChoiceEdit::updateList() {
    m_types->setVisible(ObjectTypeChoice::Mode(m_mode->currentData().toInt()) ==
                        ObjectTypeChoice::Mode::List);
}

} // namespace assoc::app
