package dev.hermod.skills.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The line rules of the skill safety scanner: each a pattern searched in one line of text. The
 * patterns use bounded repetition only ({@code {0,200}}), because they run over text anyone may
 * write and must stay linear in it.
 */
final class LineRules {

    static final String EXFILTRATION = "exfiltration";
    static final String DOWNLOAD_AND_RUN = "download-and-run";
    static final String CREDENTIAL_READ = "credential-read";
    static final String PROMPT_INJECTION = "prompt-injection";

    /** One rule: an id and a pattern found anywhere in a line. */
    record Rule(String id, Pattern pattern) {
    }

    private static final String NET = "(?:\\b(?:curl|wget|nc|ncat|netcat|socat|scp|rsync|sftp|ftp|telnet|httpie|xh"
            + "|Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\\b|\\bhttps?\\s+(?:post|put)\\b|https?://|/dev/(?:tcp|udp)/"
            + "|requests\\.(?:post|put)|urllib\\.request|\\bfetch\\s*\\()";
    // A key given to ssh/scp with -i authenticates; it is not sent anywhere.
    private static final String SECRET_PLACE = "(?:\\.ssh/(?<!-i\\s{0,3}[~$\\w{}/.-]{0,60}\\.ssh/)|\\.aws/|\\.gnupg/|\\.netrc\\b|\\.git-credentials\\b"
            + "|\\.docker/config\\.json|\\.kube/config|\\.config/gcloud|/etc/(?:passwd|shadow)\\b|(?<![\\w.])\\.env\\b)";
    // Sending a token to the API it belongs to is normal; encoding it first is how it is smuggled out.
    private static final String SECRET_VAR = "\\$\\{?\\w{0,40}(?:KEY|TOKEN|SECRET|PASSWORD|PASS)\\b";
    private static final String ENV_DUMP = "(?:(?:^|[|;&`(]|\\$\\()\\s{0,5}(?:env|printenv|set|export\\s+-p)\\s{0,5}(?:[|>;&)`]|$)"
            + "|\\bprintenv\\b|/proc/self/environ|os\\.environ\\b(?!\\s*[\\[.]\\s*(?:get)?\\s*\\(?\\s*[\"']))";
    private static final String SHELLS = "(?:sh|bash|zsh|ksh|dash|fish|python[0-9.]{0,5}|perl|ruby|node|php|pwsh|powershell)";
    private static final String READER = "\\b(?:cat|less|more|head|tail|base64|xxd|od|strings|cp|tar|zip|gpg\\s+-d"
            + "|Get-Content|type|open\\s*\\(|read_text\\s*\\()";

    static final List<Rule> RULES = List.of(
            // sending files or the environment off the machine
            rule(EXFILTRATION, "\\bcurl\\b.{0,200}?(?:\\s(?:-d|--data(?:-binary|-raw|-urlencode|-ascii)?|-F|--form"
                    + "|--json)\\s{0,3}[=\"']?[^\\s\"']{0,60}@|\\s(?:-T|--upload-file)\\s)"),
            rule(EXFILTRATION, "\\bwget\\b.{0,200}?--(?:post|body|put)-file"),
            rule(EXFILTRATION, "\\b(?:nc|ncat|netcat|socat|telnet)\\s+(?:-\\w+\\s+){0,4}[\\w.:-]{1,100}\\s+\\d{1,5}\\s{0,3}<"),
            rule(EXFILTRATION, "\\|\\s{0,5}(?:nc|ncat|netcat|telnet)\\s+(?:-\\w+\\s+){0,4}[\\w.:-]{1,100}\\s+\\d{1,5}"),
            rule(EXFILTRATION, ">&?\\s{0,5}/dev/(?:tcp|udp)/"),
            rule(EXFILTRATION, SECRET_PLACE + ".{0,200}?" + NET),
            rule(EXFILTRATION, NET + ".{0,200}?" + SECRET_PLACE),
            rule(EXFILTRATION, SECRET_VAR + ".{0,200}?\\bbase64\\b.{0,200}?" + NET),
            rule(EXFILTRATION, ENV_DUMP + ".{0,200}?" + NET),
            rule(EXFILTRATION, NET + ".{0,200}?(?:\\$\\(\\s{0,5}(?:env|printenv)\\b|`\\s{0,5}(?:env|printenv)\\b)"),
            // fetching code and running it
            rule(DOWNLOAD_AND_RUN, "\\b(?:curl|wget|fetch|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\\b[^|\\n]{0,300}\\|"
                    + "\\s{0,5}(?:sudo\\s+(?:-\\S+\\s+){0,4})?(?:env\\s+)?(?:\\S{0,40}/)?" + SHELLS + "\\b"),
            rule(DOWNLOAD_AND_RUN, "\\b" + SHELLS + "\\s+(?:-\\w+\\s+){0,4}<\\(\\s{0,5}(?:curl|wget)\\b"),
            rule(DOWNLOAD_AND_RUN, "\\b" + SHELLS + "\\s+(?:-\\w+\\s+){0,4}-c\\s+[\"']?\\$\\(\\s{0,5}(?:curl|wget)\\b"),
            rule(DOWNLOAD_AND_RUN, "(?:^|[;&|]|\\s)(?:source|\\.)\\s+<\\(\\s{0,5}(?:curl|wget)\\b"),
            rule(DOWNLOAD_AND_RUN, "\\b(?:iex|Invoke-Expression)\\b.{0,200}?(?:DownloadString|iwr|irm|Invoke-WebRequest"
                    + "|Invoke-RestMethod|Net\\.WebClient)"),
            rule(DOWNLOAD_AND_RUN, "\\b(?:eval|exec)\\s*\\(?\\s*[\"']?\\$\\(\\s{0,5}(?:curl|wget)\\b"),
            // reading secrets
            rule(CREDENTIAL_READ, READER + ".{0,120}?\\.ssh/(?:id_[\\w-]{1,40}|[\\w-]{1,40}_key)\\b(?!\\.pub)"),
            rule(CREDENTIAL_READ, READER + ".{0,120}?(?:\\.aws/credentials|\\.netrc\\b|\\.git-credentials\\b"
                    + "|\\.docker/config\\.json|\\.config/gcloud/\\S{0,80}credentials|/etc/shadow\\b|\\.pypirc\\b|\\.npmrc\\b)"),
            rule(CREDENTIAL_READ, "\\bprintenv\\s+\\w{0,60}(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?)\\b"),
            rule(CREDENTIAL_READ, "\\b(?:env|printenv|set)\\s{0,5}\\|\\s{0,5}grep\\s+(?:-\\w+\\s+){0,3}[\"']?\\S{0,20}"
                    + "(?:key|token|secret|passw)"),
            rule(CREDENTIAL_READ, "\\bsecurity\\s+(?:find-(?:generic|internet)-password|dump-keychain)\\b"),
            rule(CREDENTIAL_READ, "(?:Chrome|Chromium|Google/Chrome|BraveSoftware|Brave-Browser|Microsoft/Edge|Firefox"
                    + "|\\.mozilla|Safari|Opera).{0,120}?(?:Cookies|cookies\\.sqlite|Login Data|logins\\.json|key[34]\\.db"
                    + "|Local State)\\b"),
            // talking the model out of its instructions
            rule(PROMPT_INJECTION, "\\bignore\\s+(?:all\\s+|any\\s+|every\\s+)?(?:of\\s+)?(?:the\\s+|your\\s+|my\\s+)?"
                    + "(?:previous|prior|above|earlier|preceding|former|system)\\s+(?:instructions?|prompts?|rules|messages"
                    + "|directions|guidelines|context)"),
            rule(PROMPT_INJECTION, "\\b(?:disregard|forget|override|bypass)\\s+(?:all\\s+|any\\s+)?(?:of\\s+)?(?:the\\s+"
                    + "|your\\s+)?(?:system\\s+prompt|(?:previous|prior|above|earlier|original|system)\\s+(?:instructions?"
                    + "|prompts?|rules|guidelines)|safety\\s+(?:rules|guidelines))"),
            rule(PROMPT_INJECTION, "\\byou\\s+are\\s+now\\s+(?:an?\\s+|the\\s+|in\\s+\\w{1,20}\\s+mode|DAN\\b|free\\b"
                    + "|unrestricted|jailbroken|no\\s+longer)"),
            rule(PROMPT_INJECTION, "\\b(?:do\\s+not|don'?t|never)\\s+(?:tell|inform|alert|notify|warn|mention\\s+(?:this\\s+)?to)"
                    + "\\s+the\\s+(?:user|human|operator)"),
            rule(PROMPT_INJECTION, "\\bwithout\\s+(?:telling|informing|alerting|notifying)\\s+the\\s+(?:user|human|operator)"),
            rule(PROMPT_INJECTION, "\\b(?:hide|conceal|keep)\\s+(?:this|it|these\\s+\\w+)\\s+(?:secret\\s+)?from\\s+the\\s+"
                    + "(?:user|human|operator)"),
            rule(PROMPT_INJECTION, "\\b(?:reveal|print|show|output|repeat|leak|dump|disclose)\\s+(?:me\\s+)?(?:your|the)\\s+"
                    + "(?:full\\s+|entire\\s+|original\\s+)?(?:system\\s+prompt|hidden\\s+instructions|initial\\s+instructions"
                    + "|developer\\s+message)"),
            rule(PROMPT_INJECTION, "\\bnew\\s+system\\s+(?:prompt|instructions?)\\s*:"));

    private LineRules() {
    }

    private static Rule rule(String id, String regex) {
        return new Rule(id, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }
}
