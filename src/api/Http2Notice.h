// SPDX-License-Identifier: MIT
#pragma once

namespace assoc {

// Says once per connection that HTTP/2 was wanted over TLS but the server (or a proxy between)
// answered over HTTP/1.1: loads then take several times longer, since HTTP/1.1 carries one
// request per connection at a time and Qt opens at most six per host.
class Http2Notice {
public:
    explicit Http2Notice(bool http2Wanted)
        : m_wanted(http2Wanted) {}

    // One answer: over TLS or not, and whether it came over HTTP/2. True exactly once, for the
    // first TLS answer that did not.
    bool observe(bool overTls, bool http2Used) {
        if (m_said || !m_wanted || !overTls || http2Used)
            return false;
        m_said = true;
        return true;
    }

private:
    bool m_wanted;
    bool m_said = false;
};

} // namespace assoc
