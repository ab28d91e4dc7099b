// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "core/Expected.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace assoc {

template <typename T> using ApiResult = Expected<T, ApiError>;

// A request in progress that ends exactly once, in success or with an ApiError, and can be
// cancelled. It deletes itself after `finished` has been delivered.
class ApiCall : public QObject {
    Q_OBJECT
public:
    explicit ApiCall(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }

    // Ends the call with Kind::Canceled unless it has already ended. Safe to call repeatedly.
    void cancel();
    // Called (once) when the call is cancelled, so the owner can abort the work behind it.
    void setCancelHandler(std::function<void()> handler) { m_onCancel = std::move(handler); }

    void fail(ApiError error);

signals:
    void finished();
    void progress(int done, int total);

protected:
    void succeed();

private:
    void deliver();
    bool m_finished = false;
    std::optional<ApiError> m_error;
    std::function<void()> m_onCancel;
};

struct Done {};

template <typename T> class Call : public ApiCall {
public:
    using ApiCall::ApiCall;

    const T &value() const { return *m_value; }
    ApiResult<T> result() const {
        return succeeded() ? ApiResult<T>(*m_value) : ApiResult<T>::failure(error());
    }
    void resolve(T value) {
        if (isFinished())
            return;
        m_value = std::move(value);
        succeed();
    }
    // Runs `handler(result)` in `context`'s thread when the call ends, unless context is gone.
    template <typename F> Call *then(QObject *context, F &&handler) {
        QObject::connect(this, &ApiCall::finished, context,
                         [this, h = std::forward<F>(handler)]() mutable { h(result()); });
        return this;
    }

private:
    std::optional<T> m_value;
};

// Forwards the end of `inner` into `outer` after mapping its value; cancelling `outer`
// cancels `inner`.
template <typename In, typename Out, typename Map>
void chain(Call<In> *inner, Call<Out> *outer, Map map) {
    QPointer<Call<In>> guard(inner);
    outer->setCancelHandler([guard] {
        if (guard)
            guard->cancel();
    });
    QObject::connect(inner, &ApiCall::finished, outer, [inner, outer, map]() mutable {
        if (!inner->succeeded())
            outer->fail(inner->error());
        else
            map(inner->value(), outer);
    });
}

} // namespace assoc
