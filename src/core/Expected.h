// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <utility>
#include <variant>

namespace assoc {

// A value or the reason there is none. Errors are values, not exceptions or booleans.
template <typename T, typename E> class Expected {
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    static Expected failure(E error) { return Expected(std::in_place_index<1>, std::move(error)); }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const E &error() const { return std::get<1>(m_data); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

private:
    template <std::size_t I, typename V>
    Expected(std::in_place_index_t<I> index, V &&v)
        : m_data(index, std::forward<V>(v)) {}
    std::variant<T, E> m_data;
};

// Success with no value, or the reason it failed: for writes, where only the failure says
// anything.
template <typename E> class Expected<void, E> {
public:
    Expected() = default;
    static Expected failure(E error) {
        Expected out;
        out.m_error.emplace(std::move(error));
        return out;
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace assoc
