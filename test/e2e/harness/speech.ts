/**
 * A private speech service for the browsers under test: Debian's
 * speech-dispatcher with espeak-ng, playing into a PulseAudio null sink, on
 * sockets in a temporary directory. Both browsers on Linux speak through
 * speech-dispatcher (Chromium only with --enable-speech-dispatcher); they find
 * this one through SPEECHD_ADDRESS (docs/read-aloud.md has what each sees).
 *
 * Why not the user's own speech-dispatcher: as root in a container it has no
 * sound device and fails every utterance (espeak-ng's module cannot open
 * PulseAudio), and a stuck one stays stuck for every client until it restarts
 * (Chromium's speechSynthesis.pause() does that). Why a PulseAudio null sink and
 * not ALSA's null device: the sink plays in real time, so an utterance lasts
 * as long as it would aloud and a test can pause or stop in the middle of it;
 * ALSA's null device swallows a sentence in a few milliseconds.
 *
 * Missing programs fail the suite with what to install, never skip it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A running speech service; `env` points a browser at it. */
export interface SpeechService {
  env: Record<string, string>;
  /**
   * Listens to what the service plays for `ms` (the null sink's monitor) and
   * returns the loudest sample heard, 0 to 32767: 0 is silence. What the
   * browsers ask of the speech API cannot say whether speech goes on after the
   * page that asked is gone; this can.
   */
  listen(ms: number): Promise<number>;
  stop(): Promise<void>;
}

/** Options of startSpeechService. */
export interface SpeechServiceOptions {
  /**
   * Only these espeak-ng voices (paths under espeak-ng-data/lang, e.g.
   * `gmw/en-US`), as on a system with fewer languages installed; all by default.
   */
  voices?: readonly string[];
}

/** Debian's espeak-ng data. */
const ESPEAK_DATA = '/usr/lib/x86_64-linux-gnu/espeak-ng-data';

/**
 * An espeak-ng data directory under `dir` that lists only `voices`: the same
 * files, linked, but a lang/ folder with those voices alone (espeak-ng lists
 * the voices it finds there). Returns the value for ESPEAK_DATA_PATH.
 */
function espeakDataWith(dir: string, voices: readonly string[]): string {
  const data = join(dir, 'espeak', 'espeak-ng-data');
  mkdirSync(data, { recursive: true });
  for (const entry of readdirSync(ESPEAK_DATA)) if (entry !== 'lang') symlinkSync(join(ESPEAK_DATA, entry), join(data, entry));
  for (const voice of voices) {
    const target = join(data, 'lang', voice);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(ESPEAK_DATA, 'lang', voice), target);
  }
  return join(dir, 'espeak');
}

/** The programs needed, and the Debian packages they come in. */
const PROGRAMS: Record<string, string> = {
  '/usr/bin/speech-dispatcher': 'speech-dispatcher',
  '/usr/lib/speech-dispatcher-modules/sd_espeak-ng': 'speech-dispatcher-espeak-ng',
  '/usr/bin/pulseaudio': 'pulseaudio',
  '/usr/bin/parec': 'pulseaudio-utils',
};

function requirePrograms(): void {
  const missing = Object.entries(PROGRAMS).filter(([path]) => {
    try {
      accessSync(path, constants.X_OK);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length) {
    const packages = [...new Set(missing.map(([, pkg]) => pkg)), 'espeak-ng'].join(' ');
    throw new Error(
      `the read-aloud tests need a speech service: ${missing.map(([path]) => path).join(', ')} missing. ` +
        `Install it with: apt-get install -y --no-install-recommends ${packages}`,
    );
  }
}

/** Waits until `path` exists (a socket the process creates once it listens), or fails with its output. */
async function waitForFile(path: string, process: ChildProcess, output: () => string, what: string): Promise<void> {
  for (let waited = 0; waited < 15_000; waited += 50) {
    if (existsSync(path)) return;
    if (process.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} did not start (exit code ${process.exitCode}): ${output().slice(-2000)}`);
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

async function end(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** The loudest sample the null sink plays over `ms` (16-bit mono at 8 kHz is plenty to tell speech from silence). */
function loudest(pulseSocket: string, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const rec = spawn('parec', ['-d', 'silent.monitor', '--raw', '--format=s16le', '--rate=8000', '--channels=1'], {
      env: { ...process.env, PULSE_SERVER: `unix:${pulseSocket}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    let odd: Buffer | undefined;
    rec.stdout.on('data', (chunk: Buffer) => {
      const data = odd ? Buffer.concat([odd, chunk]) : chunk;
      const whole = data.length - (data.length % 2);
      for (let i = 0; i < whole; i += 2) peak = Math.max(peak, Math.abs(data.readInt16LE(i)));
      odd = whole < data.length ? data.subarray(whole) : undefined;
    });
    rec.on('error', reject);
    setTimeout(() => {
      rec.kill('SIGTERM');
      resolve(Math.min(peak, 32767));
    }, ms);
  });
}

/** Starts PulseAudio (a null sink) and speech-dispatcher (espeak-ng) in a temporary directory. */
export async function startSpeechService(options: SpeechServiceOptions = {}): Promise<SpeechService> {
  requirePrograms();
  const dir = mkdtempSync(join(tmpdir(), 'liseuse-speech-'));
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(end));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // Neither program may touch the user's own configuration or sound server.
    const home = join(dir, 'home');
    mkdirSync(home);
    const pulseSocket = join(dir, 'pulse.sock');
    writeFileSync(
      join(dir, 'default.pa'),
      [
        'load-module module-null-sink sink_name=silent',
        'set-default-sink silent',
        `load-module module-native-protocol-unix auth-anonymous=1 socket=${pulseSocket}`,
        '',
      ].join('\n'),
    );
    const pulseEnv = { ...process.env, HOME: home, PULSE_RUNTIME_PATH: join(dir, 'pulse-run'), XDG_CONFIG_HOME: join(home, '.config') };
    const pulse = start(
      'pulseaudio',
      [
        '-n',
        '-F',
        join(dir, 'default.pa'),
        '--daemonize=no',
        '--exit-idle-time=-1',
        '--use-pid-file=no',
        '--disallow-exit',
        '--log-target=stderr',
      ],
      pulseEnv,
    );
    children.push(pulse.child);
    await waitForFile(pulseSocket, pulse.child, pulse.output, 'pulseaudio');

    const conf = join(dir, 'speechd');
    mkdirSync(join(conf, 'modules'), { recursive: true });
    writeFileSync(
      join(conf, 'speechd.conf'),
      [
        'LogLevel 2',
        'AudioOutputMethod "pulse"',
        'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"',
        'DefaultModule espeak-ng',
        '',
      ].join('\n'),
    );
    const moduleConf = '/etc/speech-dispatcher/modules/espeak-ng.conf';
    if (existsSync(moduleConf)) copyFileSync(moduleConf, join(conf, 'modules', 'espeak-ng.conf'));
    else writeFileSync(join(conf, 'modules', 'espeak-ng.conf'), '');
    mkdirSync(join(dir, 'log'));
    const speechSocket = join(dir, 'speechd.sock');
    const speechd = start(
      'speech-dispatcher',
      ['--run-single', '-c', 'unix_socket', '-S', speechSocket, '-C', conf, '-L', join(dir, 'log'), '-t', '0'],
      {
        ...process.env,
        HOME: home,
        PULSE_SERVER: `unix:${pulseSocket}`,
        ...(options.voices ? { ESPEAK_DATA_PATH: espeakDataWith(dir, options.voices) } : {}),
      },
    );
    children.push(speechd.child);
    await waitForFile(speechSocket, speechd.child, speechd.output, 'speech-dispatcher');
    const listen = (ms: number) => loudest(pulseSocket, ms);
    return { env: { SPEECHD_ADDRESS: `unix_socket:${speechSocket}` }, listen, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
