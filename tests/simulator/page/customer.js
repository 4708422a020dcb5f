// A bare JsSIP customer for the gateway tests, set up as the media conventions say (one socket per
// gwAddresses entry, no REGISTER, calls the access code). The test drives it with runJavaScript
// and reads window.customer.status().
'use strict';

(function () {
  const state = { ua: 'idle', events: [], failed: null, ended: null, stats: null, error: null };
  let ua = null;
  let session = null;

  function note(name, extra) {
    state.events.push(Object.assign({ name, at: Date.now() }, extra || {}));
  }

  function play(track) {
    const element = document.createElement(track.kind === 'video' ? 'video' : 'audio');
    element.autoplay = true;
    element.playsInline = true;
    element.srcObject = new MediaStream([track]);
    document.getElementById('media').appendChild(element);
    element.play().catch((error) => note('play-error', { error: String(error) }));
  }

  async function collectStats() {
    const pc = session && session.connection;
    if (!pc)
      return;
    const stats = { inbound: { audio: {}, video: {} }, outbound: { audio: {}, video: {} } };
    (await pc.getStats()).forEach((s) => {
      if (s.type === 'inbound-rtp' && stats.inbound[s.kind]) {
        Object.assign(stats.inbound[s.kind], {
          bytes: s.bytesReceived || 0, packets: s.packetsReceived || 0,
          audioLevel: s.audioLevel || 0, totalSamplesReceived: s.totalSamplesReceived || 0,
          framesDecoded: s.framesDecoded || 0
        });
      } else if (s.type === 'outbound-rtp' && stats.outbound[s.kind]) {
        Object.assign(stats.outbound[s.kind], {
          bytes: s.bytesSent || 0, packets: s.packetsSent || 0, framesSent: s.framesSent || 0
        });
      }
    });
    state.stats = stats;
  }

  function call(setup, video) {
    ua = new JsSIP.UA({
      sockets: setup.gwAddresses.map((url) => new JsSIP.WebSocketInterface(url)),
      uri: 'sip:' + setup.clickToCallCaller + '@' + setup.domain,
      register: false
    });
    ua.on('connected', () => { state.ua = 'connected'; note('connected'); });
    ua.on('disconnected', () => { state.ua = 'disconnected'; });
    ua.start();
    session = ua.call('sip:' + setup.accessCode + '@' + setup.domain, {
      mediaConstraints: { audio: true, video: !!video },
      pcConfig: { iceServers: [], rtcpMuxPolicy: 'require', bundlePolicy: 'max-bundle' }
    });
    // JsSIP creates the peer connection inside call(), before any listener could see the event.
    session.connection.addEventListener('track', (event) => play(event.track));
    session.on('progress', (e) => note('progress', { status: e.response ? e.response.status_code : 0 }));
    session.on('accepted', () => note('accepted'));
    session.on('confirmed', () => note('confirmed'));
    session.on('ended', (e) => {
      state.ended = { cause: e.cause, originator: e.originator };
      note('ended', state.ended);
    });
    session.on('failed', (e) => {
      state.failed = {
        cause: e.cause, originator: e.originator,
        status: e.message && e.message.status_code ? e.message.status_code : 0
      };
      note('failed', state.failed);
    });
    setInterval(() => collectStats().catch((error) => { state.error = String(error); }), 500);
  }

  window.customer = {
    call,
    hangUp: () => session && session.terminate(),
    status: () => JSON.stringify(state)
  };
})();
