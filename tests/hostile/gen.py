#!/usr/bin/env python3
# gen.py - write the hostile articles of this folder (run it from anywhere;
# the files are committed, this script only documents and regenerates
# them).  Every planted escape sequence is followed by "zap", so the test
# can look for the exact bytes "SEQUENCEzap" in what gloss wrote; every
# file has the paragraph "Kop sentinel alpha." so the test can check the
# screen still shows the article in place.  The 5 MB one-line article is
# made by the test itself.
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SENT = b"Kop sentinel alpha.\n\n"
E = b"\x1b"


def put(name, title, body):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(title + b"\n\n" + SENT + body + b"\nEnd of the hostile article.\n")


def z(seqs):
    # Each sequence followed by "zap" and a space, inside a sentence.
    return b"Text " + b" ".join(s + b"zap" for s in seqs) + b" text.\n"


CSI = [E + b"[2J", E + b"[H", E + b"[3J", E + b"[10;20H", E + b"[1;1r",
       E + b"[31m", E + b"[1;4;5;7;38;5;196;48;2;1;2;3m", E + b"[0m",
       E + b"[6n", E + b"[21t", E + b"[8;1;1t", E + b"[?1049h", E + b"[?1000h",
       E + b"[?25l", E + b"[5L", E + b"[99M", E + b"[2K", E + b"[c",
       E + b"[>c", E + b"[?2004h", E + b"[200~", E + b"[201~", E + b"[4h"]
ESCS = [E + b"c", E + b"7", E + b"8", E + b"(0", E + b")0", E + b"#8", E + b"=",
        E + b"M", E + b"D", E + b"E", E + b"H", E + b"N", E + b"O", E + b"\\"]
OSC = [E + b"]0;pwned\x07", E + b"]2;pwned\x1b\\", E + b"]52;c;cm0gLXJmIH4=\x07",
       E + b"]8;;https://evil.example/\x1b\\link" + E + b"]8;;\x1b\\",
       E + b"]4;1;rgb:ff/00/00\x07", E + b"]10;?\x07", E + b"]1337;File=x\x07",
       E + b"]7;file://evil/\x07", E + b"]777;notify;pwned;body\x07"]
DCS = [E + b"P$q\"p\x1b\\", E + b"Pq#0;2;0;0;0#1~~\x1b\\", E + b"P1$r0m\x1b\\",
       E + b"_apc payload\x1b\\", E + b"^pm payload\x1b\\", E + b"Xsos payload\x1b\\",
       E + b"P+q544e\x1b\\"]


def main():
    put("csi.txt", b"CSI sequences", z(CSI) + z(ESCS))
    put("osc.txt", b"OSC sequences", z(OSC))
    put("dcs.txt", b"DCS, APC, PM and SOS strings", z(DCS))
    put("unterminated-osc.txt", b"Unterminated OSC",
        b"A title setter that never ends.\n" + E + b"]0;pwned")
    put("unterminated-dcs.txt", b"Unterminated DCS",
        b"A device control string that never ends.\n" + E + b"P$q")
    put("unterminated-csi.txt", b"Unterminated CSI",
        b"A CSI that never ends.\n" + E + b"[1;")
    put("trailing-esc.txt", b"Trailing ESC", b"Ends in a raw escape. " + E)
    # C1 controls as UTF-8: every one, and CSI/OSC/DCS spelled with them.
    c1 = b"".join(chr(c).encode() + b"zap " for c in range(0x80, 0xa0))
    put("c1-utf8.txt", b"C1 controls as UTF-8",
        b"All C1: " + c1 + b"\n\n" +
        z(["\u009b2J".encode(), "\u009b31m".encode(),
           "\u009d0;pwned\u009c".encode(), "\u009d52;c;cHduZWQ=\u0007".encode(),
           "\u0090$q\u009c".encode()]))
    # The same as raw 8-bit bytes: not UTF-8, so the loader falls back to
    # Windows-1252 (0x81 0x8d 0x8f 0x90 0x9d are undefined there).
    put("c1-raw.txt", b"C1 controls as raw bytes",
        z([b"\x9b2J", b"\x9d0;pwned\x07", b"\x90$q\x9c", b"\x81\x8d\x8f"]))
    c0 = b"".join(bytes([c]) + b"zap " for c in range(1, 32) if c not in (9, 10))
    put("c0.txt", b"C0 controls, DEL, raw ESC and BEL",
        b"Every C0: " + c0 + b"\n\nDEL\x7fzap BEL\x07zap ESC\x1bzap "
        b"CR\rzap overwrite SO\x0ezap shifted SI\x0fzap.\n")
    bidi = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068,
            0x2069, 0x200e, 0x200f, 0x061c]
    put("bidi.txt", b"Bidi \xe2\x80\xaeoverride\xe2\x80\xac in the title",
        b"".join(b"Mark " + chr(c).encode() + b"zap abc\xe2\x80\xaedef.\n"
                 for c in bidi) +
        b"\nAn isolate \xe2\x81\xa6left\xe2\x81\xa9 and \xe2\x81\xa7right "
        b"never closed. \xe2\x80\x8fRLM.\n")
    put("combining.txt", b"Combining flood",
        b"One letter a" + "\u0301".encode() * 10000 + b" then text.\n\n"
        b"Mixed " + ("e" + "\u0300\u0301\u0302\u0303" * 50).encode() * 20 + b".\n")
    put("zwj.txt", b"Zero-width flood",
        b"Joiners x" + "\u200d".encode() * 10000 + b"y.\n\n"
        b"Spaces " + "\u200b".encode() * 5000 + b" and BOMs " +
        "\ufeff".encode() * 100 + b" and selectors " +
        "\ufe0f".encode() * 1000 + b" and tags " +
        "".join(chr(c) for c in range(0xe0020, 0xe007f)).encode() + b".\n\n"
        b"Emoji family " + "\U0001F468\u200d\U0001F469\u200d\U0001F467".encode() * 50 +
        b".\n")
    put("bad-utf8.txt", b"Bad UTF-8",
        b"Overlong \xc0\xafzap, surrogate \xed\xa0\x80zap, too big "
        b"\xf4\x90\x80\x80zap, stray \xbf\xbfzap, cut \xe6\x9dzap, FF \xffzap.\n")
    put("title-escapes.txt", E + b"]0;pwned\x07" + E + b"[2J" + E + b"[31m" +
        E + b"P$q\x1b\\", b"The title line above is made only of escapes.\n")
    with open(os.path.join(HERE, "nul.txt"), "wb") as f:
        f.write(b"NUL bytes\n\nKop sentinel alpha.\n\nA\x00zap\x00b.\n")
    md = (b"# Heading " + E + b"]0;pwned\x07zap " + E + b"[2Jzap\n\n" + SENT +
          b"A [link " + E + b"[31mzap text](https://x.example/" + E +
          b"]52;c;cHduZWQ=\x07zap) and "
          b"![alt " + E + b"]8;;https://evil.example/\x07zap image](img.png).\n\n"
          b"## Sub " + "\u202e".encode() + b"zap heading " + "\u009b2J".encode() + b"zap\n\n"
          b"*emph " + E + b"P$q\x1b\\zap* and `code " + E + b"[?1049hzap` and "
          b"**strong \x07zap**.\n\n"
          b"> quote " + E + b"]2;pwned\x1b\\zap\n\n"
          b"- item " + E + b"[6nzap\n\n"
          b"[ref " + E + b"[Hzap][r]\n\n[r]: https://r.example/" + E + b"]0;pwned\x07zap\n\n"
          b"```\nfenced " + E + b"[2Jzap " + E + b"]0;pwned\x07zap\n```\n"
          b"\nEnd of the hostile article.\n")
    with open(os.path.join(HERE, "markdown.md"), "wb") as f:
        f.write(md)


main()
