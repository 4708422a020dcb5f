// Test agent: answers every INVITE and plays what it receives (so audio is decoded).
'use strict';

window.agent = { connected: false, state: 'idle', stats: {}, calls: 0, answerDelayMs: 0 };

(function () {
    const gateway = new URLSearchParams(location.search).get('gateway');
    const audio = document.getElementById('audio');
    const video = document.getElementById('video');
    const pcConfig = { iceServers: [], rtcpMuxPolicy: 'require', bundlePolicy: 'max-bundle' };
    let session = null;

    const ua = new JsSIP.UA({
        sockets: [new JsSIP.WebSocketInterface(gateway)],
        uri: 'sip:179080000537636@cec-sim.local',
        register: false,
        session_timers: false,
    });
    ua.on('connected', () => { agent.connected = true; });
    ua.on('disconnected', () => { agent.connected = false; });
    ua.on('newRTCSession', e => {
        if (e.originator !== 'remote')
            return;
        session = e.session;
        agent.calls++;
        agent.state = 'ringing';
        const withVideo = /\r\nm=video /.test(e.request.body || '');
        const remote = new MediaStream();
        session.on('peerconnection', p => p.peerconnection.addEventListener('track', t => {
            remote.addTrack(t.track);
            audio.srcObject = remote;
            audio.play().catch(() => {});
            if (t.track.kind === 'video') {
                video.srcObject = remote;
                video.play().catch(() => {});
            }
        }));
        session.on('confirmed', () => { agent.state = 'confirmed'; });
        session.on('hold', ev => { agent.remoteHold = ev.originator === 'remote'; });
        session.on('unhold', ev => { if (ev.originator === 'remote') agent.remoteHold = false; });
        session.on('ended', ev => { agent.state = 'ended:' + ev.originator + ':' + ev.cause; });
        session.on('failed', ev => { agent.state = 'failed:' + ev.originator + ':' + ev.cause; });
        const answering = session;
        setTimeout(() => {
            if (!answering.isEnded())
                answering.answer({ mediaConstraints: { audio: true, video: withVideo }, pcConfig });
        }, agent.answerDelayMs || 0);
    });
    ua.start();

    agent.hangUp = () => { if (session) session.terminate(); };

    setInterval(async () => {
        const pc = session && session.connection;
        if (!pc)
            return;
        const s = { audioBytesReceived: 0, audioBytesSent: 0, videoBytesReceived: 0, videoBytesSent: 0,
                    samplesReceived: 0, framesDecoded: 0, framesSent: 0, inboundAudioEnergy: 0,
                    inboundAudioLevel: 0 };
        (await pc.getStats()).forEach(r => {
            if (r.type === 'inbound-rtp' && r.kind === 'audio') {
                s.audioBytesReceived += r.bytesReceived || 0;
                s.samplesReceived += r.totalSamplesReceived || 0;
                s.inboundAudioEnergy += r.totalAudioEnergy || 0;
                s.inboundAudioLevel = r.audioLevel || 0;
            } else if (r.type === 'inbound-rtp' && r.kind === 'video') {
                s.videoBytesReceived += r.bytesReceived || 0;
                s.framesDecoded += r.framesDecoded || 0;
            } else if (r.type === 'outbound-rtp' && r.kind === 'audio') {
                s.audioBytesSent += r.bytesSent || 0;
            } else if (r.type === 'outbound-rtp' && r.kind === 'video') {
                s.videoBytesSent += r.bytesSent || 0;
                s.framesSent += r.framesSent || 0;
            }
        });
        agent.stats = s;
    }, 250);
}());
