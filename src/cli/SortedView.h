// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <algorithm>

namespace assoc::cli {

// The items of a list in a stable order, as pointers into the list (which must outlive the
// view). Sorting pointers rather than the values also keeps GCC's -Wmaybe-uninitialized false
// positive on std::optional<QString> members out of optimised builds.
class SortedView {
public:
    template <typename T, typename Less>
    static QList<const T *> of(const QList<T> &items, Less less) {
        QList<const T *> view;
        view.reserve(items.size());
        for (const T &item : items)
            view.append(&item);
        std::stable_sort(view.begin(), view.end(),
                         [&less](const T *a, const T *b) { return less(*a, *b); });
        return view;
    }
};

} // namespace assoc::cli
