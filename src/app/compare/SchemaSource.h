// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace assoc::app {

// One side of a comparison: where a schema comes from.
struct SchemaSource {
    enum class Kind {
        CurrentPortal, // the portal open in the main window
        Profile,       // another saved profile, connected to on its own
        File,          // an exported schema document
    };
    Kind kind = Kind::CurrentPortal;
    QString profileId; // Kind::Profile
    QString filePath;  // Kind::File

    static SchemaSource currentPortal() { return {}; }
    static SchemaSource profile(const QString &id) { return {Kind::Profile, id, {}}; }
    static SchemaSource file(const QString &path) { return {Kind::File, {}, path}; }
    // Changes can be applied to it.
    bool isPortal() const { return kind != Kind::File; }
    bool operator==(const SchemaSource &) const = default;
};

} // namespace assoc::app
