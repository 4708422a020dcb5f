#!/usr/bin/env python3
"""Writes resources/sounds/message.wav: the new-message chime (150 ms, two tones, 16-bit mono 22050 Hz).

Generated rather than downloaded so that the sound's origin and licence are ours. Run it again after
changing the tones; the WAV is committed so that builds need no Python.
"""
import math
import pathlib
import struct
import wave

RATE = 22050
TONES = [(880.0, 0.070), (1318.5, 0.080)]  # A5 then E6: rising, friendly, short
VOLUME = 0.35
FADE_S = 0.008  # fade in/out of each tone, avoids clicks


def tone(frequency, seconds):
    count = int(RATE * seconds)
    fade = int(RATE * FADE_S)
    for i in range(count):
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        # A little second harmonic makes it a chime rather than a test tone.
        t = i / RATE
        value = math.sin(2 * math.pi * frequency * t) + 0.3 * math.sin(4 * math.pi * frequency * t)
        yield VOLUME * envelope * value / 1.3


def main():
    out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "sounds" / "message.wav"
    out.parent.mkdir(parents=True, exist_ok=True)
    samples = [s for frequency, seconds in TONES for s in tone(frequency, seconds)]
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(frames)
    print(f"wrote {out} ({out.stat().st_size} bytes, {len(samples) / RATE * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
