// An sshd of the test's own on 127.0.0.1, a key in an ssh-agent, and DOCKER_HOST set for the remote
// side to a private engine: what `claude-doctor --docker-host ssh://…` needs, nothing of the machine's.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function sshUnavailable(): string | undefined {
  if (!existsSync('/usr/sbin/sshd')) return 'sshd is not installed (apt-get install openssh-server; .ci/run does)';
  if (process.getuid?.() !== 0) return 'the test sshd logs in as root';
  return undefined;
}

export async function startSshd(
  port: number,
  dockerHost: string,
): Promise<{ agentSocket: string; logins(): number; stop(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-sshd-'));
  chmodSync(dir, 0o700);
  for (const key of ['host_key', 'user_key'])
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, key)]);
  execFileSync('cp', [join(dir, 'user_key.pub'), join(dir, 'authorized_keys')]);
  mkdirSync('/run/sshd', { recursive: true });
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_key')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'UsePAM no',
      'StrictModes no',
      `PidFile ${join(dir, 'sshd.pid')}`,
      // The remote `docker system dial-stdio` talks to the private engine.
      `SetEnv DOCKER_HOST=${dockerHost}`,
      '',
    ].join('\n'),
  );
  const sshd = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // sshd's log (-e): one "Accepted publickey" line per login.
  let log = '';
  sshd.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    log += chunk;
  });
  const agentSocket = join(dir, 'agent.sock');
  const agentPid = Number(
    /SSH_AGENT_PID=(\d+)/.exec(execFileSync('ssh-agent', ['-s', '-a', agentSocket], { encoding: 'utf8' }))![1],
  );
  execFileSync('ssh-add', [join(dir, 'user_key')], {
    env: { ...process.env, SSH_AUTH_SOCK: agentSocket },
    stdio: 'ignore',
  });
  // Ready when the port accepts connections.
  for (let i = 0; i < 50; i++) {
    const up = await new Promise<boolean>((resolve) =>
      connect(port, '127.0.0.1')
        .on('connect', function (this: import('node:net').Socket) {
          this.destroy();
          resolve(true);
        })
        .on('error', () => resolve(false)),
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    agentSocket,
    logins: () => log.split('Accepted publickey').length - 1,
    stop() {
      sshd.kill();
      try {
        process.kill(agentPid);
      } catch {
        /* gone */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
