// The customer's side of a click-to-call: JsSIP (SIP over WebSocket) + WebRTC, driven by C++ over
// QWebChannel (the "callBridge" object, cec::CallBridge). The page only reports facts; C++ decides.
'use strict';

(function () {
    const STATS_INTERVAL_MS = 1000;
    const CONNECT_TIMEOUT_MS = 10000;
    const ICE_GRACE_MS = 40; // host candidates arrive within a few ms of each other
    const DEVICE_CHANGE_SETTLE_MS = 300;

    const remoteAudio = document.getElementById('remoteAudio');
    const remoteVideo = document.getElementById('remoteVideo');
    const localVideo = document.getElementById('localVideo');

    let bridge = null;
    // The one call this page handles at a time.
    let call = null; // {video, ua, session, localStream, remoteStream, stopped, statsTimer, ...}
    let muted = false;
    const selected = { microphone: '', camera: '', speaker: '' };
    let lastDevices = [];

    function log(...args) { console.log('[call]', ...args); }

    function reportState(state, detail) {
        log('state', state, detail || '');
        bridge.reportState(state, detail || '');
    }

    function reportError(code, message) {
        console.warn('[call] error', code, message);
        bridge.reportError(code, String(message || ''));
    }

    function describe(error) {
        return error ? (error.name ? error.name + ': ' + error.message : String(error)) : '';
    }

    // ---- devices ------------------------------------------------------------------------------

    function audioConstraint(deviceId) {
        return deviceId ? { deviceId: { exact: deviceId } } : true;
    }

    function videoConstraint(deviceId) {
        const base = { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 15 } };
        if (deviceId)
            base.deviceId = { exact: deviceId };
        return base;
    }

    function deviceList(devices, kind) {
        // "communications" duplicates "default" on Windows-like setups; one default entry is enough.
        return devices.filter(d => d.kind === kind && d.deviceId && d.deviceId !== 'communications')
            .map(d => ({ id: d.deviceId, label: d.label }));
    }

    function labelsKnown(devices) {
        return devices.some(d => d.kind === 'audioinput' && d.label);
    }

    async function probe(constraints) {
        const stream = await navigator.mediaDevices.getUserMedia(constraints);
        stream.getTracks().forEach(t => t.stop());
    }

    function deviceReport(devices, reason, detail, videoUsable) {
        const report = {
            microphones: deviceList(devices, 'audioinput'),
            cameras: deviceList(devices, 'videoinput'),
            speakers: deviceList(devices, 'audiooutput'),
            canVoice: false,
            canVideo: false,
            reason: reason || '',
            detail: detail || '',
        };
        // The seed's rule. Chromium lists audio outputs; a browser that cannot (no setSinkId)
        // is assumed to have a speaker, as the seed does.
        const hasSpeaker = report.speakers.length > 0 || !('setSinkId' in HTMLMediaElement.prototype);
        if (!report.reason) {
            if (!hasSpeaker)
                report.reason = 'no-speaker';
            else if (report.microphones.length === 0)
                report.reason = 'no-microphone';
        }
        report.canVoice = !report.reason;
        report.canVideo = report.canVoice && videoUsable && report.cameras.length > 0;
        return report;
    }

    async function checkDevices() {
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.RTCPeerConnection) {
            bridge.reportDevices(deviceReport([], 'webrtc-unsupported', '', false));
            return;
        }
        let reason = '';
        let detail = '';
        let videoUsable = true;
        let devices = [];
        try {
            devices = await navigator.mediaDevices.enumerateDevices();
            const hasCamera = devices.some(d => d.kind === 'videoinput');
            if (devices.some(d => d.kind === 'audioinput') && !labelsKnown(devices)) {
                // Labels (and every device) are visible only once capture was allowed: a short probe.
                try {
                    await probe({ audio: true, video: hasCamera });
                } catch (error) {
                    if (!hasCamera)
                        throw error;
                    videoUsable = false;
                    detail = 'camera: ' + describe(error);
                    await probe({ audio: true });
                }
                devices = await navigator.mediaDevices.enumerateDevices();
            }
        } catch (error) {
            reason = error.name === 'NotAllowedError' || error.name === 'SecurityError'
                ? 'permission-denied'
                : error.name === 'NotFoundError' ? 'no-microphone' : 'device-error';
            detail = describe(error);
        }
        lastDevices = devices;
        bridge.reportDevices(deviceReport(devices, reason, detail, videoUsable));
    }

    let deviceChangeTimer = 0;
    async function onDeviceChange() {
        const devices = await navigator.mediaDevices.enumerateDevices();
        lastDevices = devices;
        bridge.reportDevices(deviceReport(devices, '', '', true));
        if (!call)
            return;
        const present = (kind, id) => devices.some(d => d.kind === kind && d.deviceId === id);
        for (const track of call.localStream ? call.localStream.getTracks() : []) {
            const id = track.getSettings().deviceId;
            const kind = track.kind === 'audio' ? 'audioinput' : 'videoinput';
            if (track.readyState === 'ended' || (id && !present(kind, id)))
                await fallBack(track);
        }
        if (selected.speaker && !present('audiooutput', selected.speaker)) {
            const lost = selected.speaker;
            selected.speaker = '';
            await applySpeaker('');
            bridge.reportDeviceLost('speaker', lost, '');
        }
    }

    // A capture device in use went away (unplugged): continue with the system default.
    async function fallBack(track) {
        if (!call || track.cecReplaced)
            return;
        track.cecReplaced = true;
        const kindName = track.kind === 'audio' ? 'microphone' : 'camera';
        const lostId = track.cecDeviceId || '';
        selected[kindName] = '';
        try {
            const replacement = await replaceLocalTrack(track.kind, '');
            bridge.reportDeviceLost(kindName, lostId, replacement.getSettings().deviceId || '');
        } catch (error) {
            reportError(kindName + '-lost', describe(error));
            bridge.reportDeviceLost(kindName, lostId, '');
        }
    }

    function watchTrack(track) {
        track.cecDeviceId = track.getSettings().deviceId;
        // 'ended' fires when the device disappears, never for our own stop().
        track.addEventListener('ended', () => fallBack(track));
    }

    function senderFor(kind) {
        const pc = call && call.session && call.session.connection;
        if (!pc)
            return null;
        const transceiver = pc.getTransceivers().find(t => t.receiver.track && t.receiver.track.kind === kind);
        return transceiver ? transceiver.sender : null;
    }

    async function replaceLocalTrack(kind, deviceId) {
        const stream = await navigator.mediaDevices.getUserMedia(
            kind === 'audio' ? { audio: audioConstraint(deviceId) } : { video: videoConstraint(deviceId) });
        const track = kind === 'audio' ? stream.getAudioTracks()[0] : stream.getVideoTracks()[0];
        if (!call) {
            track.stop();
            throw new Error('the call ended');
        }
        if (kind === 'audio')
            track.enabled = !muted;
        const sender = senderFor(kind);
        if (sender)
            await sender.replaceTrack(track);
        for (const old of call.localStream.getTracks().filter(t => t.kind === kind)) {
            old.cecReplaced = true;
            old.stop();
            call.localStream.removeTrack(old);
        }
        call.localStream.addTrack(track);
        watchTrack(track);
        if (kind === 'video')
            showLocalPreview();
        return track;
    }

    async function applySpeaker(deviceId) {
        if (!('setSinkId' in remoteAudio))
            return;
        await remoteAudio.setSinkId(deviceId || '');
    }

    async function selectDevice(kindName, deviceId) {
        selected[kindName] = deviceId || '';
        try {
            if (kindName === 'speaker') {
                await applySpeaker(deviceId);
            } else if (call && call.localStream) {
                const kind = kindName === 'microphone' ? 'audio' : 'video';
                const inUse = call.localStream.getTracks().some(t => t.kind === kind);
                if (inUse)
                    await replaceLocalTrack(kind, deviceId);
            }
            bridge.reportDeviceSelected(kindName, deviceId || '');
        } catch (error) {
            reportError(kindName + '-select-failed', describe(error));
        }
    }

    // ---- the pre-call device test -------------------------------------------------------------

    // Captures exactly the devices the customer chose (an empty id: the system default) and reports
    // what C++ needs to judge them: the ids really opened, the microphone's level, whether the
    // preview shows pictures, and each device that could not be used. A call never uses this
    // capture; starting one ends the test.
    const LEVEL_REPORT_MS = 100; // the meter's pace: the peak of all samples since the last report
    const VIDEO_CHECK_MS = 200;
    let deviceTest = null; // {microphone, camera, context, timer, stopped}
    let testSound = null; // {stop()}

    function release(stream) {
        if (stream)
            stream.getTracks().forEach(t => t.stop());
    }

    function stopDeviceTest() {
        const test = deviceTest;
        deviceTest = null;
        if (!test)
            return;
        test.stopped = true;
        clearInterval(test.timer);
        release(test.microphone);
        release(test.camera);
        if (test.context)
            test.context.close().catch(() => {});
        if (test.camera && localVideo.srcObject === test.camera) {
            localVideo.srcObject = null;
            localVideo.classList.remove('active');
        }
    }

    async function openForTest(test, kindName, constraints) {
        try {
            return await navigator.mediaDevices.getUserMedia(constraints);
        } catch (error) {
            if (!test.stopped)
                bridge.reportDeviceTestFailed(kindName, (error && error.name) || 'Error');
            return null;
        }
    }

    function trackDeviceId(stream) {
        const track = stream ? stream.getTracks()[0] : null;
        return (track && track.getSettings().deviceId) || '';
    }

    async function startDeviceTest(microphoneId, cameraId, video) {
        stopDeviceTest();
        const test = { microphone: null, camera: null, context: null, timer: 0, stopped: false };
        if (call) {
            bridge.reportDeviceTestFailed('microphone', 'CallInProgress');
            return;
        }
        deviceTest = test;
        // One device per request, so that a failure names the device that failed.
        test.microphone = await openForTest(test, 'microphone', { audio: audioConstraint(microphoneId) });
        if (video && !test.stopped)
            test.camera = await openForTest(test, 'camera', { video: videoConstraint(cameraId) });
        if (test.stopped) { // stopped or replaced while the devices opened
            release(test.microphone);
            release(test.camera);
            return;
        }
        log('device test with', trackDeviceId(test.microphone), trackDeviceId(test.camera));
        bridge.reportDeviceTestStarted(trackDeviceId(test.microphone), trackDeviceId(test.camera));

        if (test.microphone) {
            // Every sample is looked at, on the audio clock: timers are throttled to once a second
            // while the page is hidden (no camera, so no preview view), which would miss a short
            // sound. The processor writes nothing, so the destination it must feed stays silent.
            test.context = new AudioContext();
            const processor = test.context.createScriptProcessor(2048, 1, 1);
            let peak = 0;
            let reportedAt = 0;
            processor.onaudioprocess = event => {
                for (const s of event.inputBuffer.getChannelData(0))
                    peak = Math.max(peak, Math.abs(s));
                const now = performance.now();
                if (!test.stopped && now - reportedAt >= LEVEL_REPORT_MS) {
                    reportedAt = now;
                    bridge.reportDeviceTestLevel(peak);
                    peak = 0;
                }
            };
            test.context.createMediaStreamSource(test.microphone).connect(processor);
            processor.connect(test.context.destination);
        }
        if (test.camera) {
            localVideo.srcObject = test.camera;
            localVideo.classList.add('active');
            localVideo.play().catch(() => {});
            test.timer = setInterval(() => {
                if (localVideo.srcObject === test.camera && localVideo.videoWidth > 0) {
                    clearInterval(test.timer);
                    bridge.reportDeviceTestVideo(localVideo.videoWidth, localVideo.videoHeight);
                }
            }, VIDEO_CHECK_MS);
        }
    }

    // A short tone the way the call's audio goes: WebAudio through an <audio> element on the chosen
    // speaker (setSinkId).
    async function playTestSound(speakerId) {
        if (testSound)
            testSound.stop();
        const context = new AudioContext();
        const oscillator = context.createOscillator();
        oscillator.frequency.value = 440;
        const gain = context.createGain();
        gain.gain.value = 0.2;
        const destination = context.createMediaStreamDestination();
        oscillator.connect(gain).connect(destination);
        const element = new Audio();
        element.srcObject = destination.stream;
        const sound = {
            stop() {
                if (testSound === sound)
                    testSound = null;
                element.pause();
                element.srcObject = null;
                context.close().catch(() => {});
            },
        };
        testSound = sound;
        try {
            if (speakerId) {
                if (!('setSinkId' in element))
                    throw Object.assign(new Error('no speaker choice'), { name: 'NotSupportedError' });
                await element.setSinkId(speakerId);
            }
            await element.play();
            oscillator.onended = () => sound.stop();
            oscillator.start();
            oscillator.stop(context.currentTime + 1.5);
            bridge.reportTestSoundPlayed(element.sinkId || '');
        } catch (error) {
            sound.stop();
            bridge.reportDeviceTestFailed('speaker', (error && error.name) || 'Error');
        }
    }

    // ---- the call -----------------------------------------------------------------------------

    // The client's rule (src/core/gatewayaddresses.h), once more: wss: to any host, ws: only to a
    // loopback host (the local simulator); no user-info, no fragment.
    function acceptableGateway(address) {
        if (typeof address !== 'string')
            return false;
        let url;
        try {
            url = new URL(address);
        } catch (error) {
            return false;
        }
        if (url.username || url.password || url.hash || !url.hostname || /@/.test(url.host))
            return false;
        if (url.protocol === 'wss:')
            return true;
        const host = url.hostname.toLowerCase();
        return url.protocol === 'ws:' && (host === 'localhost' || host === '[::1]'
            || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host));
    }

    function validCall(config) {
        const addresses = Array.isArray(config.gatewayAddresses)
            ? config.gatewayAddresses.filter(acceptableGateway) : [];
        const word = s => typeof s === 'string' && s.length > 0 && !/[\s@<>:;"]/.test(s);
        if (addresses.length === 0 || !word(config.domain) || !word(config.accessCode) || !word(config.caller))
            return null;
        return { addresses, domain: config.domain, accessCode: config.accessCode, caller: config.caller,
                 video: !!config.video };
    }

    function showLocalPreview() {
        const hasVideo = call && call.localStream && call.localStream.getVideoTracks().length > 0;
        localVideo.srcObject = hasVideo ? call.localStream : null;
        localVideo.classList.toggle('active', !!hasVideo);
    }

    function attachRemote(event) {
        if (!call)
            return;
        if (!call.remoteStream)
            call.remoteStream = new MediaStream();
        call.remoteStream.addTrack(event.track);
        // Audio through <audio>: Chromium decodes remote audio only when it is played. The stream is
        // assigned once; tracks added to it later play without reassigning (which would restart it).
        if (remoteAudio.srcObject !== call.remoteStream) {
            remoteAudio.srcObject = call.remoteStream;
            remoteAudio.play().catch(error => reportError('audio-playback', describe(error)));
        }
        if (event.track.kind === 'video' && remoteVideo.srcObject !== call.remoteStream) {
            remoteVideo.srcObject = call.remoteStream;
            remoteVideo.classList.add('active');
            remoteVideo.play().catch(() => {});
        }
    }

    async function start(config) {
        if (call) {
            reportError('busy', 'a call is already in progress');
            return;
        }
        stopDeviceTest(); // the call's capture replaces the test's
        const target = validCall(config || {});
        if (!target) {
            reportState('failed', 'bad-request');
            return;
        }
        selected.microphone = config.microphoneId || selected.microphone;
        selected.camera = config.cameraId || selected.camera;
        selected.speaker = config.speakerId || selected.speaker;
        call = { video: target.video, ua: null, session: null, localStream: null, remoteStream: null,
                 stopped: false, statsTimer: 0, connectTimer: 0, previous: null, failures: 0 };
        const thisCall = call;
        wantHold = false;
        reportState('starting');
        try {
            call.localStream = await navigator.mediaDevices.getUserMedia({
                audio: audioConstraint(selected.microphone),
                video: target.video ? videoConstraint(selected.camera) : false,
            });
        } catch (error) {
            reportError('media', describe(error));
            finish(thisCall, 'failed', error.name === 'NotFoundError' || error.name === 'OverconstrainedError'
                ? 'no-device' : 'media-denied');
            return;
        }
        if (thisCall.stopped) { // hung up while the devices opened
            finish(thisCall, 'ended', 'local');
            return;
        }
        call.localStream.getTracks().forEach(watchTrack);
        call.localStream.getAudioTracks().forEach(t => { t.enabled = !muted; });
        showLocalPreview();
        if (selected.speaker)
            applySpeaker(selected.speaker).catch(error => reportError('speaker-select-failed', describe(error)));

        reportState('connecting');
        const ua = new JsSIP.UA({
            sockets: target.addresses.map(address => new JsSIP.WebSocketInterface(address)),
            uri: 'sip:' + target.caller + '@' + target.domain,
            register: false, // the API gives no credentials; the gateway routes the INVITE
            session_timers: false,
            user_agent: 'cec-widget',
        });
        call.ua = ua;
        // The client transactions a hang-up waits for (see settleHangUp).
        ua.on('newTransaction', e => {
            const transaction = e.transaction;
            if (transaction.type === 'ict' && !thisCall.inviteTransaction)
                thisCall.inviteTransaction = transaction;
            else if (transaction.type === 'nict' && thisCall.hangUpWaits)
                thisCall.hangUpWaits.add(transaction); // the BYE
        });
        ua.on('transactionDestroyed', e => {
            if (e.transaction === thisCall.inviteTransaction)
                thisCall.inviteTransaction = null;
            if (thisCall.hangUpWaits && thisCall.hangUpWaits.delete(e.transaction))
                settleHangUp(thisCall);
        });
        ua.on('connected', () => {
            clearTimeout(thisCall.connectTimer);
            if (!thisCall.session && !thisCall.stopped)
                placeCall(thisCall, target);
        });
        ua.on('disconnected', () => {
            if (thisCall.session || thisCall.stopped)
                return;
            // JsSIP tries each gateway in turn; give up once every one has failed.
            if (++thisCall.failures >= target.addresses.length)
                finish(thisCall, 'failed', 'Connection Error');
        });
        call.connectTimer = setTimeout(() => {
            if (!thisCall.session)
                finish(thisCall, 'failed', 'Connection Error');
        }, CONNECT_TIMEOUT_MS);
        ua.start();
    }

    function placeCall(thisCall, target) {
        thisCall.session = thisCall.ua.call('sip:' + target.accessCode + '@' + target.domain, {
            mediaStream: thisCall.localStream,
            pcConfig: { iceServers: [], rtcpMuxPolicy: 'require', bundlePolicy: 'max-bundle' },
            rtcOfferConstraints: { offerToReceiveAudio: true, offerToReceiveVideo: target.video },
            eventHandlers: {
                peerconnection: e => e.peerconnection.addEventListener('track', attachRemote),
                // SIP carries no trickle ICE, so JsSIP holds the INVITE until gathering completes,
                // which Chromium reports well after the host candidates (all we gather: no STUN or
                // TURN servers). Send once the first candidate is in, after a short grace for the
                // others.
                icecandidate: e => {
                    if (!thisCall.iceReadyTimer)
                        thisCall.iceReadyTimer = setTimeout(e.ready, ICE_GRACE_MS);
                },
                progress: () => reportState('ringing'),
                confirmed: () => {
                    reportState('established');
                    thisCall.statsTimer = setInterval(() => collectStatistics(thisCall), STATS_INTERVAL_MS);
                },
                ended: e => finish(thisCall, 'ended',
                    e.originator === 'local' ? 'local' : e.cause === JsSIP.C.causes.BYE ? 'remote' : e.cause),
                failed: e => finish(thisCall, e.originator === 'local' && e.cause === JsSIP.C.causes.CANCELED
                    ? 'ended' : 'failed', e.originator === 'local' && e.cause === JsSIP.C.causes.CANCELED
                    ? 'local' : e.cause),
            },
        });
    }

    function finish(thisCall, outcome, detail) {
        if (thisCall !== call)
            return;
        call = null;
        clearTimeout(thisCall.connectTimer);
        clearInterval(thisCall.statsTimer);
        if (thisCall.localStream)
            thisCall.localStream.getTracks().forEach(t => { t.cecReplaced = true; t.stop(); });
        for (const element of [remoteAudio, remoteVideo, localVideo]) {
            element.srcObject = null;
            element.classList.remove('active');
        }
        if (thisCall.ua) {
            const ua = thisCall.ua;
            // Let the BYE/CANCEL leave before the WebSocket closes.
            setTimeout(() => ua.stop(), 0);
        }
        if (muted) { // each call starts unmuted
            muted = false;
            bridge.reportMuted(false);
        }
        reportState(outcome, detail);
        settleHangUp(thisCall);
    }

    // The host may quit right after a hang-up, so it is told when the far end has heard it: the
    // BYE's transaction ended (JsSIP destroys it on the final answer over a WebSocket), or for a
    // CANCEL the INVITE's (on the 487). Nothing in flight: done at once. The host bounds the wait.
    function settleHangUp(thisCall) {
        if (!thisCall.hangUpWaits || thisCall === call)
            return; // no hang-up asked, or the call is not over yet (devices still opening)
        if (thisCall.hangUpWaits.size > 0)
            return;
        thisCall.hangUpWaits = null;
        bridge.reportHangUpDone();
    }

    function hangUp() {
        if (!call) {
            bridge.reportHangUpDone();
            return;
        }
        const thisCall = call;
        thisCall.stopped = true;
        thisCall.hangUpWaits = new Set();
        // Not answered yet: the CANCEL is only over once the INVITE has its final answer.
        if (thisCall.inviteTransaction && thisCall.session && !thisCall.session.isEstablished())
            thisCall.hangUpWaits.add(thisCall.inviteTransaction);
        if (thisCall.session && !thisCall.session.isEnded()) {
            try {
                thisCall.session.terminate(); // CANCEL before an answer, BYE after
            } catch (error) {
                reportError('hangup', describe(error));
                finish(thisCall, 'ended', 'local');
            }
        } else if (thisCall.ua) {
            finish(thisCall, 'ended', 'local');
        }
        // else: getUserMedia is pending; start() finishes when it returns.
    }

    function setMuted(value) {
        muted = !!value;
        if (call && call.localStream)
            call.localStream.getAudioTracks().forEach(t => { t.enabled = !muted; });
        bridge.reportMuted(muted);
    }

    async function setCameraEnabled(enabled) {
        if (!call || !call.video) {
            reportError('no-video', 'the call has no video');
            bridge.reportCameraEnabled(false);
            return;
        }
        try {
            const current = call.localStream.getVideoTracks();
            if (!enabled) {
                // Really off (the camera light too), not just black frames.
                const sender = senderFor('video');
                if (sender)
                    await sender.replaceTrack(null);
                for (const track of current) {
                    track.cecReplaced = true;
                    track.stop();
                    call.localStream.removeTrack(track);
                }
                showLocalPreview();
            } else if (current.length === 0) {
                await replaceLocalTrack('video', selected.camera);
            }
            bridge.reportCameraEnabled(!!enabled);
        } catch (error) {
            reportError('camera', describe(error));
            bridge.reportCameraEnabled(call ? call.localStream.getVideoTracks().length > 0 : false);
        }
    }

    // Hold is a re-INVITE; JsSIP refuses a new one while another is in flight, so the wanted state
    // is kept and applied once the previous one completed. Reported only when the far end agreed.
    let wantHold = false;
    function setHold(onHold) {
        wantHold = !!onHold;
        const session = call && call.session;
        if (!session || !session.isEstablished()) {
            reportError('hold', 'no call is established');
            return;
        }
        applyHold(call, 0);
    }

    function applyHold(thisCall, attempt) {
        const session = thisCall.session;
        if (thisCall !== call || !session.isEstablished())
            return;
        if (session.isOnHold().local === wantHold)
            return;
        const done = () => {
            bridge.reportHold(session.isOnHold().local);
            applyHold(thisCall, 0);
        };
        const started = wantHold ? session.hold({}, done) : session.unhold({}, done);
        if (started)
            return;
        if (attempt < 25)
            setTimeout(() => applyHold(thisCall, attempt + 1), 200);
        else
            reportError('hold', wantHold ? 'could not hold the call' : 'could not resume the call');
    }

    function sendDtmf(tones, attempt = 0) {
        const session = call && call.session;
        if (!session || !session.isEstablished()) {
            reportError('dtmf', 'no call is established');
            return;
        }
        const sender = senderFor('audio');
        if (!sender || !sender.dtmf || !sender.dtmf.canInsertDTMF) {
            // Right after the SIP answer the media transport may still be connecting (seconds on
            // a slow machine): the tones wait for it, as hold does, then give up.
            if (attempt < 25) {
                const thisCall = call;
                setTimeout(() => { if (call === thisCall) sendDtmf(tones, attempt + 1); }, 200);
            } else {
                reportError('dtmf', 'the audio stream cannot carry tones now');
            }
            return;
        }
        if (!sender.dtmf.cecWatched) {
            sender.dtmf.cecWatched = true;
            // One event per tone as it goes out (RFC 2833 telephone-event in the audio RTP stream).
            sender.dtmf.addEventListener('tonechange', e => { if (e.tone) bridge.reportDtmfSent(e.tone); });
        }
        try {
            session.sendDTMF(tones, { transportType: JsSIP.C.DTMF_TRANSPORT.RFC2833, duration: 100,
                                      interToneGap: 70 });
        } catch (error) {
            reportError('dtmf', describe(error));
        }
    }

    // ---- statistics ---------------------------------------------------------------------------

    async function collectStatistics(thisCall) {
        const pc = thisCall.session && thisCall.session.connection;
        if (!pc || thisCall !== call)
            return;
        let report;
        try {
            report = await pc.getStats();
        } catch (error) {
            return;
        }
        const s = {
            roundTripTimeMs: -1, jitterMs: -1, packetLossPercent: 0, packetsLost: 0, packetsReceived: 0,
            audioBytesSent: 0, audioBytesReceived: 0, videoBytesSent: 0, videoBytesReceived: 0,
            audioSamplesReceived: 0, outboundAudioLevel: 0, inboundAudioLevel: 0,
            outboundAudioEnergy: 0, inboundAudioEnergy: 0, framesSent: 0,
            framesDecoded: 0,
        };
        let selectedPair = '';
        report.forEach(r => { if (r.type === 'transport' && r.selectedCandidatePairId) selectedPair = r.selectedCandidatePairId; });
        report.forEach(r => {
            switch (r.type) {
            case 'candidate-pair':
                if ((selectedPair ? r.id === selectedPair : r.nominated && r.state === 'succeeded')
                    && typeof r.currentRoundTripTime === 'number')
                    s.roundTripTimeMs = r.currentRoundTripTime * 1000;
                break;
            case 'inbound-rtp':
                s.packetsLost += Math.max(0, r.packetsLost || 0);
                s.packetsReceived += r.packetsReceived || 0;
                if (r.kind === 'audio') {
                    s.audioBytesReceived += r.bytesReceived || 0;
                    if (typeof r.jitter === 'number')
                        s.jitterMs = r.jitter * 1000;
                    s.audioSamplesReceived += r.totalSamplesReceived || 0;
                    if (typeof r.audioLevel === 'number')
                        s.inboundAudioLevel = r.audioLevel;
                    s.inboundAudioEnergy += r.totalAudioEnergy || 0;
                } else {
                    s.videoBytesReceived += r.bytesReceived || 0;
                    s.framesDecoded += r.framesDecoded || 0;
                }
                break;
            case 'outbound-rtp':
                if (r.kind === 'audio') {
                    s.audioBytesSent += r.bytesSent || 0;
                } else {
                    s.videoBytesSent += r.bytesSent || 0;
                    s.framesSent += r.framesSent || r.framesEncoded || 0;
                }
                break;
            case 'media-source':
                if (r.kind === 'audio') {
                    if (typeof r.audioLevel === 'number')
                        s.outboundAudioLevel = r.audioLevel;
                    s.outboundAudioEnergy += r.totalAudioEnergy || 0;
                }
                break;
            }
        });
        const previous = thisCall.previous;
        if (previous) {
            const lost = s.packetsLost - previous.packetsLost;
            const received = s.packetsReceived - previous.packetsReceived;
            s.packetLossPercent = lost + received > 0 ? (100 * Math.max(0, lost)) / (lost + received) : 0;
        }
        thisCall.previous = s;
        if (thisCall === call)
            bridge.reportStatistics(s);
    }

    // ---- wiring -------------------------------------------------------------------------------

    // Read-only hooks for diagnostics and tests (the page is ours alone; nothing else runs here).
    window.cecCall = Object.freeze({
        state: () => (call ? (call.session ? (call.session.isEstablished() ? 'established' : 'connecting') : 'starting') : 'idle'),
        localStream: () => (call ? call.localStream : null),
        peerConnection: () => (call && call.session ? call.session.connection : null),
    });

    navigator.mediaDevices && navigator.mediaDevices.addEventListener('devicechange', () => {
        clearTimeout(deviceChangeTimer);
        deviceChangeTimer = setTimeout(onDeviceChange, DEVICE_CHANGE_SETTLE_MS);
    });

    new QWebChannel(qt.webChannelTransport, channel => {
        bridge = channel.objects.callBridge;
        bridge.checkDevicesRequested.connect(checkDevices);
        bridge.startRequested.connect(start);
        bridge.hangUpRequested.connect(hangUp);
        bridge.muteRequested.connect(setMuted);
        bridge.cameraEnabledRequested.connect(setCameraEnabled);
        bridge.holdRequested.connect(setHold);
        bridge.dtmfRequested.connect(sendDtmf);
        bridge.deviceRequested.connect(selectDevice);
        bridge.deviceTestRequested.connect(startDeviceTest);
        bridge.deviceTestStopRequested.connect(stopDeviceTest);
        bridge.testSoundRequested.connect(playTestSound);
        bridge.pageReady();
    });
}());
