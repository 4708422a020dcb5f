// The simulated agent's side of a click-to-call: a JsSIP user agent behind the cec-sim gateway that
// answers (after a delay, or refuses when told to), sends a 440 Hz tone mixed with the echo of the
// customer's audio and, for video calls, a moving test pattern, and reports getStats every second.
// It talks to its host process through console lines "@@cec-agent {json}"; the host calls
// window.cecAgent.start(config) and window.cecAgent.command(command).
'use strict';

(function () {
  const calls = new Map(); // Call-ID -> call

  function emit(event) {
    console.log('@@cec-agent ' + JSON.stringify(event));
  }

  function setCallState(call, state, extra) {
    call.state = state;
    emit(Object.assign({ event: 'call', callId: call.callId, state: state }, extra || {}));
  }

  // "answerDelayMs=500;failure=none;userId=u1" from the gateway's X-Cec-Sim-Agent header.
  function parseDirective(header) {
    const directive = { answerDelayMs: 0, failure: 'none', userId: '' };
    for (const part of (header || '').split(';')) {
      const [key, value] = part.split('=');
      if (key === 'answerDelayMs') directive.answerDelayMs = Math.max(0, Number(value) || 0);
      else if (key === 'failure') directive.failure = value || 'none';
      else if (key === 'userId') directive.userId = value === '-' ? '' : value;
    }
    return directive;
  }

  function offersVideo(sdp) {
    return /^m=video [1-9]/m.test(sdp || '');
  }

  // The outgoing media: tone + echo through WebAudio, and a canvas test pattern for video.
  function createMedia(call) {
    const context = new AudioContext();
    const destination = context.createMediaStreamDestination();
    const tone = context.createOscillator();
    tone.type = 'sine';
    tone.frequency.value = 440;
    const toneGain = context.createGain();
    toneGain.gain.value = 0.25;
    tone.connect(toneGain).connect(destination);
    tone.start();
    const media = { context, destination, tone, timer: null, canvas: null, echo: null };
    const stream = new MediaStream(destination.stream.getAudioTracks());
    if (call.video) {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 240;
      const g = canvas.getContext('2d');
      const colours = ['#c0c0c0', '#c0c000', '#00c0c0', '#00c000', '#c000c0', '#c00000', '#0000c0'];
      let frame = 0;
      const draw = () => {
        const shift = (frame * 4) % canvas.width;
        const bar = canvas.width / colours.length;
        for (let i = 0; i < colours.length + 1; ++i) {
          g.fillStyle = colours[i % colours.length];
          g.fillRect(Math.round(i * bar - shift), 0, Math.ceil(bar), canvas.height);
          g.fillRect(Math.round(i * bar - shift + canvas.width), 0, Math.ceil(bar), canvas.height);
        }
        g.fillStyle = '#000000';
        g.fillRect(0, canvas.height - 48, canvas.width, 48);
        g.fillStyle = '#ffffff';
        g.font = '28px monospace';
        g.fillText('CEC agent ' + String(frame).padStart(5, '0'), 12, canvas.height - 14);
        ++frame;
      };
      draw();
      media.timer = setInterval(draw, 1000 / 15);
      media.canvas = canvas;
      for (const track of canvas.captureStream(15).getVideoTracks())
        stream.addTrack(track);
    }
    media.stream = stream;
    return media;
  }

  // Remote media: played (muted) so Chromium decodes it, and the audio echoed back.
  function attachRemote(call, event) {
    const track = event.track;
    const stream = new MediaStream([track]);
    const element = document.createElement(track.kind === 'video' ? 'video' : 'audio');
    element.muted = true;
    element.autoplay = true;
    element.playsInline = true;
    element.srcObject = stream;
    document.getElementById('media').appendChild(element);
    element.play().catch((error) => emit({ event: 'log', text: 'remote ' + track.kind + ' play: ' + error }));
    call.elements.push(element);
    if (track.kind === 'audio' && call.media) {
      const source = call.media.context.createMediaStreamSource(stream);
      source.connect(call.media.destination);
      call.media.echo = source;
    }
  }

  function releaseMedia(call) {
    clearInterval(call.statsTimer);
    clearTimeout(call.answerTimer);
    call.statsTimer = null;
    call.answerTimer = null;
    for (const element of call.elements) {
      element.srcObject = null;
      element.remove();
    }
    call.elements = [];
    if (call.media) {
      clearInterval(call.media.timer);
      for (const track of call.media.stream.getTracks())
        track.stop();
      call.media.context.close();
      call.media = null;
    }
  }

  async function reportStats(call) {
    const pc = call.session && call.session.connection;
    if (!pc)
      return;
    const report = {
      event: 'stats', callId: call.callId, video: call.video, state: call.state,
      inbound: { audio: {}, video: {} }, outbound: { audio: {}, video: {} }
    };
    const stats = await pc.getStats();
    stats.forEach((s) => {
      if (s.type === 'inbound-rtp' && (s.kind === 'audio' || s.kind === 'video')) {
        const into = report.inbound[s.kind];
        into.bytes = s.bytesReceived || 0;
        into.packets = s.packetsReceived || 0;
        into.packetsLost = s.packetsLost || 0;
        into.jitter = s.jitter || 0;
        if (s.kind === 'audio') {
          into.totalSamplesReceived = s.totalSamplesReceived || 0;
          into.audioLevel = s.audioLevel || 0;
        } else {
          into.framesDecoded = s.framesDecoded || 0;
          into.framesReceived = s.framesReceived || 0;
        }
      } else if (s.type === 'outbound-rtp' && (s.kind === 'audio' || s.kind === 'video')) {
        const out = report.outbound[s.kind];
        out.bytes = s.bytesSent || 0;
        out.packets = s.packetsSent || 0;
        if (s.kind === 'video') {
          out.framesSent = s.framesSent || 0;
          out.framesEncoded = s.framesEncoded || 0;
        }
      } else if (s.type === 'media-source' && s.kind === 'audio') {
        report.outbound.audio.audioLevel = s.audioLevel || 0;
      } else if (s.type === 'candidate-pair' && s.nominated && s.state === 'succeeded') {
        report.roundTripTime = s.currentRoundTripTime || 0;
      }
    });
    emit(report);
  }

  function answer(call) {
    call.answerTimer = null;
    if (call.session.isEnded())
      return;
    call.media = createMedia(call);
    call.session.answer({
      mediaStream: call.media.stream,
      mediaConstraints: { audio: true, video: call.video },
      pcConfig: { iceServers: [], rtcpMuxPolicy: 'require', bundlePolicy: 'max-bundle' }
    });
  }

  function onIncoming(session, request) {
    const callId = request.call_id;
    const directive = parseDirective(request.getHeader('X-Cec-Sim-Agent'));
    const call = {
      callId, session, userId: directive.userId, video: offersVideo(request.body),
      state: 'incoming', media: null, elements: [], answerTimer: null, statsTimer: null
    };
    calls.set(callId, call);
    setCallState(call, 'incoming', { video: call.video, userId: call.userId });

    session.on('peerconnection', ({ peerconnection }) => {
      peerconnection.addEventListener('track', (event) => attachRemote(call, event));
    });
    session.on('accepted', () => setCallState(call, 'answered'));
    session.on('confirmed', () => {
      setCallState(call, 'confirmed');
      call.statsTimer = setInterval(() => reportStats(call).catch(() => {}), 1000);
      reportStats(call).catch(() => {});
    });
    const finish = (state) => (event) => {
      // One last report so the host keeps the final counters of the call.
      reportStats(call).catch(() => {}).finally(() => releaseMedia(call));
      setCallState(call, state, { cause: event.cause, originator: event.originator });
    };
    session.on('ended', finish('ended'));
    session.on('failed', finish('failed'));

    const refuse = { reject: [486, 'Busy Here'], decline: [603, 'Decline'] }[directive.failure];
    call.answerTimer = setTimeout(() => {
      if (refuse)
        session.terminate({ status_code: refuse[0], reason_phrase: refuse[1] });
      else
        answer(call);
    }, directive.answerDelayMs);
  }

  async function start(config) {
    // Chromium offers all local addresses (the loopback one in the tests' private network
    // namespace) as ICE candidates only to pages that were granted capture. The agent's media is
    // synthesised; the microphone (a fake device) is opened once for that and closed at once.
    try {
      const unlock = await navigator.mediaDevices.getUserMedia({ audio: true });
      for (const track of unlock.getTracks())
        track.stop();
    } catch (error) {
      emit({ event: 'log', text: 'no capture grant, ICE may miss local addresses: ' + error });
    }
    JsSIP.debug.disable();
    const ua = new JsSIP.UA({
      sockets: [new JsSIP.WebSocketInterface(config.gateway)],
      // The customer dials the access code: the agent answers as that number.
      uri: 'sip:' + config.accessCode + '@' + config.domain,
      display_name: 'CEC simulated agent',
      register: false,
      session_timers: true,
      user_agent: 'cec-sim-agent',
      connection_recovery_min_interval: 1,
      connection_recovery_max_interval: 4
    });
    ua.on('connected', () => emit({ event: 'ready' }));
    ua.on('disconnected', () => emit({ event: 'disconnected' }));
    ua.on('newRTCSession', ({ originator, session, request }) => {
      if (originator === 'remote')
        onIncoming(session, request);
    });
    ua.start();
  }

  // From the host (cec-sim through cec-sim-agent's stdin).
  function command(cmd) {
    const call = calls.get(cmd.callId);
    if (cmd.cmd === 'end' && call && !call.session.isEnded()) {
      clearTimeout(call.answerTimer);
      if (call.session.isEstablished() || call.state === 'answered')
        call.session.terminate(); // BYE
      else
        call.session.terminate({ status_code: cmd.status || 480 });
    }
  }

  window.cecAgent = { start, command };
})();
