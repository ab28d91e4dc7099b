// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiCall.h"

#include <QList>
#include <QObject>
#include <memory>
#include <optional>

namespace assoc::cli {

// Waits for several calls that run at the same time and hands over all their results at once,
// in the order the calls were given. No event loop of its own: the results arrive through
// `then` in `context`, and `done` runs when the last call has ended.
class CallJoin {
public:
    template <typename A, typename B, typename F>
    static void both(Call<A> *a, Call<B> *b, QObject *context, F done) {
        struct State {
            std::optional<ApiResult<A>> a;
            std::optional<ApiResult<B>> b;
            F done;
        };
        auto state = std::make_shared<State>(State{std::nullopt, std::nullopt, std::move(done)});
        auto check = [state] {
            if (state->a && state->b)
                state->done(*state->a, *state->b);
        };
        a->then(context, [state, check](const ApiResult<A> &r) {
            state->a = r;
            check();
        });
        b->then(context, [state, check](const ApiResult<B> &r) {
            state->b = r;
            check();
        });
    }

    template <typename T, typename F>
    static void all(const QList<Call<T> *> &calls, QObject *context, F done) {
        struct State {
            QList<std::optional<ApiResult<T>>> results;
            qsizetype pending = 0;
            F done;
        };
        auto state = std::make_shared<State>(
            State{QList<std::optional<ApiResult<T>>>(calls.size()), calls.size(), std::move(done)});
        auto finish = [state] {
            QList<ApiResult<T>> out;
            for (const auto &r : std::as_const(state->results))
                out.append(*r);
            state->done(out);
        };
        if (calls.isEmpty()) {
            finish();
            return;
        }
        for (qsizetype i = 0; i < calls.size(); ++i) {
            calls[i]->then(context, [state, i, finish](const ApiResult<T> &r) {
                state->results[i] = r;
                if (--state->pending == 0)
                    finish();
            });
        }
    }
};

} // namespace assoc::cli
