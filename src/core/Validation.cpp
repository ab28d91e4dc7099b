// SPDX-License-Identifier: MIT
#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace assoc {

namespace {
// lupdate files these strings under "Validation" too; a plain tr() wrapper here would hide them
// from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

bool sameText(const QString &a, const QString &b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}
} // namespace

QList<ValidationIssue> Validation::checkLabelText(const QString &text,
                                                  ValidationIssue::Field field) {
    const bool inverse = field == ValidationIssue::InverseLabel;
    if (text.trimmed().isEmpty()) {
        return {{field, inverse
                            ? Texts::tr("Enter the label shown from the other side, or make it a "
                                        "single label.")
                            : Texts::tr("Enter a label.")}};
    }
    if (text.size() > MaxLabelLength) {
        return {{field, Texts::tr("The label is %1 characters long; use at most %2.")
                            .arg(text.size())
                            .arg(MaxLabelLength)}};
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            return {
                {field, Texts::tr("The label contains a control character (such as a tab or line "
                                  "break); remove it.")}};
        }
    }
    return {};
}

QList<ValidationIssue> Validation::checkName(const QString &name) {
    // Anchored at both ends: "$" alone would also accept a trailing line break.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_]*")));
    if (name.isEmpty())
        return {{ValidationIssue::Name, Texts::tr("Enter an internal name.")}};
    if (name.size() > MaxNameLength) {
        return {{ValidationIssue::Name,
                 Texts::tr("The internal name is %1 characters long; use at most %2.")
                     .arg(name.size())
                     .arg(MaxNameLength)}};
    }
    if (!pattern.match(name).hasMatch()) {
        return {
            {ValidationIssue::Name,
             Texts::tr("Use only lowercase letters a-z, digits and underscores, starting with a "
                       "letter (for example \"billing_contact\").")}};
    }
    return {};
}

QList<ValidationIssue> Validation::checkCreate(const LabelCreateRequest &request,
                                               const QList<AssociationLabel> &existing) {
    QList<ValidationIssue> issues = checkName(request.name);
    issues += checkLabelText(request.label, ValidationIssue::Label);
    if (request.inverseLabel.has_value())
        issues += checkLabelText(*request.inverseLabel, ValidationIssue::InverseLabel);

    int userLabels = 0;
    for (const AssociationLabel &l : existing) {
        if (l.category.kind() == AssociationCategory::UserDefined)
            ++userLabels;
        if (l.label && sameText(*l.label, request.label)) {
            issues.append(
                {ValidationIssue::Label,
                 Texts::tr("This pair already has a label \"%1\" (typeId %2); choose another text.")
                     .arg(*l.label)
                     .arg(l.typeId)});
        }
    }
    if (userLabels >= MaxUserLabelsPerPair) {
        issues.append(
            {ValidationIssue::Label,
             Texts::tr("This pair already has %1 labels, HubSpot's maximum; delete one first.")
                 .arg(userLabels)});
    }
    return issues;
}

QList<ValidationIssue> Validation::checkRename(const LabelUpdateRequest &request,
                                               const QList<AssociationLabel> &existing) {
    QList<ValidationIssue> issues = checkLabelText(request.label, ValidationIssue::Label);
    if (request.inverseLabel.has_value())
        issues += checkLabelText(*request.inverseLabel, ValidationIssue::InverseLabel);
    for (const AssociationLabel &l : existing) {
        if (l.typeId != request.associationTypeId && l.label && sameText(*l.label, request.label)) {
            issues.append(
                {ValidationIssue::Label,
                 Texts::tr("This pair already has a label \"%1\" (typeId %2); choose another text.")
                     .arg(*l.label)
                     .arg(l.typeId)});
        }
    }
    return issues;
}

QList<ValidationIssue> Validation::checkLimit(int maxToObjectIds) {
    if (maxToObjectIds < 1) {
        return {
            {ValidationIssue::Limit,
             Texts::tr("A limit must allow at least 1 record; choose \"No limit\" to remove it.")}};
    }
    if (maxToObjectIds > MaxLimit) {
        return {{ValidationIssue::Limit,
                 Texts::tr("HubSpot allows limits up to %L1 records; choose \"No "
                           "limit\" for more.")
                     .arg(MaxLimit)}};
    }
    return {};
}

QString Validation::suggestName(const QString &label, const QString &inverseLabel) {
    auto slug = [](const QString &text) {
        QString folded = text.normalized(QString::NormalizationForm_KD).toLower();
        QString out;
        bool underscore = false;
        for (const QChar c : folded) {
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
                out.append(c);
                underscore = false;
            } else if (c.isLetterOrNumber() || c.isSpace() || c == QLatin1Char('-') ||
                       c == QLatin1Char('_')) {
                if (!c.isLetterOrNumber() && !out.isEmpty() && !underscore) {
                    out.append(QLatin1Char('_'));
                    underscore = true;
                }
            }
        }
        while (out.endsWith(QLatin1Char('_')))
            out.chop(1);
        return out;
    };
    QString name = slug(label);
    const QString inverse = slug(inverseLabel);
    if (!inverse.isEmpty() && inverse != name)
        name += name.isEmpty() ? inverse : QLatin1Char('_') + inverse;
    const QString digitsAndAll = name;
    while (!name.isEmpty() && !name.at(0).isLetter())
        name.remove(0, 1);
    // Text without a-z (only digits, punctuation or other scripts) still gets a valid name.
    if (name.isEmpty() && !(label + inverseLabel).trimmed().isEmpty()) {
        name = QStringLiteral("label");
        if (!digitsAndAll.isEmpty())
            name += QLatin1Char('_') + digitsAndAll;
    }
    return name.left(MaxNameLength);
}

} // namespace assoc
