/**
 * What went wrong in a publish step, in Chinese for the park's IT person: the cause first, then what to do. The
 * raw text from ssh, tar or the shell follows it (the caller prints it as 详细信息), because it is what a search
 * engine or a colleague recognises. Recognised: the target script's own `djjy-error=<code>` lines
 * (scripts/lib/target-script.ts) and the usual messages of OpenSSH, GNU tar, coreutils and dash/bash.
 */

/** What the cause says about: the ssh host (`deploy@web`) and the folder on the target. */
export interface ErrorContext {
  host: string;
  folder: string;
}

type Rule = [pattern: RegExp, cause: (match: RegExpExecArray, context: ErrorContext) => string];

const mb = (kb: string) => Math.ceil(Number(kb) / 1024);

const RULES: Rule[] = [
  // The target script's own checks, with exact details.
  [/djjy-error=missing-parent (.*)/, (m) => `上级文件夹 ${m[1]} 不存在：请先在服务器上建好它，或改正目标路径`],
  [/djjy-error=missing-folder (.*)/, (m) => `目标文件夹 ${m[1]} 不存在：路径写错了，或者还从没往这里发布过`],
  [/djjy-error=no-releases (.*)/, (m) => `${m[1]} 里没有 releases/ 文件夹：这里还没有用 npm run publish 发布过`],
  [/djjy-error=not-a-folder (.*)/, (m) => `${m[1]} 不是文件夹（是一个文件）：请改正目标路径`],
  [
    /djjy-error=not-writable (.*)/,
    (m) => `没有写入权限：登录的用户不能在 ${m[1]} 里写文件（请把这个文件夹交给发布用的账号：chown -R 账号 文件夹）`,
  ],
  [
    /djjy-error=no-space (\d+) (\d+)/,
    (m) =>
      `服务器磁盘空间不足：剩余 ${mb(m[1]!)} MB，这次发布需要约 ${mb(m[2]!)} MB（清理磁盘，或用 --keep 少保留几个版本）`,
  ],
  [/djjy-error=busy (.*)/, (m) => `另一个发布或回退正在 ${m[1]} 上进行，等了 30 秒仍未结束：稍后再试`],
  // The local ssh client.
  [
    /spawn (\S*ssh\S*) ENOENT/,
    (m) => `本机找不到 ssh 客户端（${m[1]}）：请安装 openssh-client，或在 PUBLISH_SSH 里写明它的路径`,
  ],
  [
    /Could not resolve hostname|Name or service not known|Temporary failure in name resolution/,
    (_, c) => `找不到主机 ${c.host}：主机名拼错了，或者本机的 DNS 解析不到它（可以改用 IP 地址）`,
  ],
  [
    /Connection refused/,
    (_, c) =>
      `主机 ${c.host} 拒绝连接：服务器上的 sshd 没有运行，或者端口不对（端口写在 PUBLISH_SSH 里，如 ssh -p 2222）`,
  ],
  [
    /No route to host|Network is unreachable|Connection timed out|Operation timed out|timed out during banner exchange/,
    (_, c) => `连不上主机 ${c.host}：网络不通、地址写错，或者防火墙挡住了 ssh 端口`,
  ],
  [
    /REMOTE HOST IDENTIFICATION HAS CHANGED|Host key for .* has changed/,
    (_, c) =>
      `主机 ${c.host} 的主机密钥和 known_hosts 里记下的不一样：服务器重装过，或者连到了别的机器；核实后更新 known_hosts（PUBLISH_KNOWN_HOSTS）`,
  ],
  [
    /Host key verification failed|No .* host key is known/,
    (_, c) =>
      `不认识主机 ${c.host} 的主机密钥（known_hosts 里没有它）：在可信的网络里运行 ssh-keyscan ${c.host.replace(/^.*@/, '')}，核对后把输出放进 known_hosts（CI 里是 PUBLISH_KNOWN_HOSTS）`,
  ],
  [
    /Permission denied \((?:publickey|password|keyboard-interactive|gssapi)/,
    (_, c) =>
      `服务器不接受这把 ssh 密钥：用户名写错了，或者公钥不在服务器上该用户的 ~/.ssh/authorized_keys 里（CI 里的私钥是 PUBLISH_SSH_KEY），目标是 ${c.host}`,
  ],
  [
    /Too many authentication failures/,
    (_, c) => `${c.host} 拒绝了登录：尝试的密钥太多；在 PUBLISH_SSH 里加 -o IdentitiesOnly=yes -i 密钥文件`,
  ],
  [
    /Connection closed by|Connection reset by|Broken pipe|client_loop: send disconnect/,
    (_, c) => `与 ${c.host} 的连接中途断开了`,
  ],
  // The target's shell, tar and coreutils.
  [
    /No space left on device|Disk quota exceeded/,
    () => '服务器磁盘已满（或超出配额）：清理磁盘，或用 --keep 少保留几个版本',
  ],
  [/Read-only file system/, (_, c) => `目标文件夹 ${c.folder} 所在的磁盘是只读的`],
  [
    /Permission denied|Operation not permitted/,
    (_, c) => `没有写入权限：登录的用户不能写目标文件夹 ${c.folder}（请把它交给发布用的账号：chown -R 账号 文件夹）`,
  ],
  [
    /can't cd to|No such file or directory|cannot access|Not a directory/,
    (_, c) => `目标文件夹 ${c.folder} 或其上级不存在`,
  ],
  [/tar: (?:not found|command not found)|sh: \d+: tar: not found/, () => '服务器上没有 tar 命令：请安装 tar'],
];

/** The Chinese cause of a failure, or undefined when the text is not one of the recognised ones. */
export function explainFailure(detail: string, context: ErrorContext): string | undefined {
  for (const [pattern, cause] of RULES) {
    const match = pattern.exec(detail);
    if (match) return cause(match, context);
  }
  return undefined;
}

/** The raw detail to print after the cause: what ssh, tar or the shell said (the script's own markers are in the cause). */
export function rawDetail(detail: string): string {
  return detail
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line && !line.startsWith('djjy-error=') && !/^Warning: Permanently added/.test(line))
    .join('\n');
}
