// The contract language. Newlines are not significant: every statement starts with its own keyword.


// Keywords are contextual where a name is expected (see `name`), so `service image { ... }` is fine.

grammar Contract;

@ parser :: members
{
    /** A service name belongs on its statement's line: {@code stop service} then a step on the next line names none. */
    boolean nameOnSameLine() {
        return _input.LT(1).getLine() == _input.LT(-1).getLine();
    }
}
contract
   : declaration* EOF
   ;

declaration
   : subject
   | defaultsBlock
   | imageFacts
   | fileCheck
   | service
   | scenario
   | composeServices
   | composeSubject
   ;
   // `services from "a.yml" "b.yml" profile "debug"`: the services of Compose files, later files override.
   
composeServices
   : SERVICES FROM string+ (PROFILE string)*
   ;
   // `subject service api`: the image under test is a service of the Compose files.
   
composeSubject
   : SUBJECT SERVICE name
   ;

subject
   : IMAGE string # imageSubject
   | BUILD string buildOption* # buildSubject
   ;

buildOption
   : DOCKERFILE string # dockerfileOption
   | ARG name EQ string # argOption
   | TARGET string # targetOption
   ;

defaultsBlock
   : DEFAULTS LBRACE defaultItem* RBRACE
   ;

defaultItem
   : WAIT WITHIN duration # waitDefault
   | EXIT WITHIN duration # exitDefault
   | HTTP TIMEOUT duration # httpDefault
   | COMMAND TIMEOUT duration # commandDefault
   | EXPECT WITHIN duration # expectDefault
   ;

imageFacts
   : IMAGE HAS LBRACE imageFact* RBRACE
   ;

imageFact
   : USER string # userFact
   | EXPOSED PORT port # exposedPortFact
   | VOLUME string # volumeFact
   | ENV name textMatch? # envFact
   | LABEL string textMatch? # labelFact
   | HEALTHCHECK # healthcheckFact
   | STOP SIGNAL signal # stopSignalFact
   | WORKDIR string # workdirFact
   | ENTRYPOINT argv # entrypointFact
   | CMD argv # cmdFact
   | SIZE BELOW size # sizeBelowFact
   ;

fileCheck
   : FILE string fileProperty+
   ;

fileProperty
   : EXISTS # existsProperty
   | ABSENT # absentProperty
   | IS fileKind # kindProperty
   | OWNED BY string # ownerProperty
   | MODE INT # modeProperty
   | textMatch # contentProperty
   ;

fileKind
   : DIRECTORY # directoryKind
   | REGULAR FILE # regularFileKind
   | SYMLINK (TO string)? # symlinkKind
   | SOCKET # socketKind
   ;

service
   : SERVICE name LBRACE subject serviceItem* RBRACE
   ;

serviceItem
   : setting
   | waitAction
   | target
   ;

scenario
   : SCENARIO string (FOR axis (AND axis)*)? LBRACE step* RBRACE
   ;

axis
   : name IN string (COMMA string)*
   ;

step
   : setting
   | action
   | expectation
   | target
   ;
   // A target alone is a misplaced one (after `within`, or after a step that takes none): the builder says so.
   
setting
   : ENV name EQ string # envSetting
   | UNSET ENV name # envUnset
   | PUBLISH port # publishSetting
   | VOLUME string AT string # volumeSetting
   | COMMAND argv # commandSetting
   | USER string # userSetting
   | ENTRYPOINT argv # entrypointSetting
   | MOUNT DOCKER SOCKET # dockerSocketSetting
   | MOUNT string AT string (READ ONLY)? # mountSetting
   | SERVICE name LBRACE serviceItem* RBRACE # serviceSettings
   | HEALTHCHECK NONE # noHealthcheckSetting
   | HEALTHCHECK healthTest? healthOption* # healthcheckSetting
   | WORKDIR string # workdirSetting
   | LABEL string EQ string # labelSetting
   | ALIAS string # aliasSetting
   | VOLUME AT string # anonymousVolumeSetting
   ;
   // A string is run by the container's shell (CMD-SHELL), a list directly (CMD), as in a Dockerfile.
   
healthTest
   : string # shellHealthTest
   | LBRACK string (COMMA string)* RBRACK # execHealthTest
   ;

healthOption
   : INTERVAL duration # intervalOption
   | TIMEOUT duration # timeoutOption
   | START PERIOD duration # startPeriodOption
   | RETRIES INT # retriesOption
   ;

action
   : waitAction # waitStep
   | SIGNAL signal target? # signalAction
   | RECREATE target? # recreateAction
   | RESTART target? # restartAction
   | PAUSE duration # pauseAction
   | STOP SERVICE
   {nameOnSameLine()}? name # stopServiceAction
   | START SERVICE
   {nameOnSameLine()}? name # startServiceAction
   ;

waitAction
   : WAIT FOR waitTarget
   ;

waitTarget
   : stream lineMatch target? within? # waitForLog
   | HEALTHY target? within? # waitForHealthy
   | PORT portValue target? within? # waitForPort
   | EXIT INT target? within? # waitForExit
   | httpCall # waitForHttp
   ;
   // After the step's own words, before `within`; in http it is one more option.
   
target
   : ON SERVICE name # onService
   | ON HOST # onHost
   ;

expectation
   : EXPECT check
   ;

check
   : stream NOT? outputMatch target? within? # outputCheck
   | EXIT INT target? within? # exitCheck
   | RUNNING AFTER duration target? # runningCheck
   | PROCESS string RUNS AS string target? # processCheck
   | PORT portValue OPEN target? within? # portCheck
   | httpCall # httpCheck
   | COMMAND argv EXITS INT target? within? commandBlock? # commandCheck
   | FILE string fileProperty+ target? within? # fileExpectation
   | RUN subject setting* EXITS INT within? commandBlock? # runCheck
   ;

commandBlock
   : LBRACE (outputAssertion | save)* RBRACE
   ;

outputAssertion
   : stream NOT? outputMatch
   ;
   // Which sources fit which step is checked when the tree is built, with a message naming the right ones.
   
save
   : SAVE valueSource AS name
   ;

valueSource
   : JSON string # jsonSource
   | HEADER string # headerSource
   | BODY # bodySource
   | stream # streamSource
   ;

outputMatch
   : CONTAINS string # containsOutput
   | MATCHES regex # matchesOutput
   | (EQUALS | EQ) string # equalsOutput
   | EMPTY # emptyOutput
   | LINES IN ORDER lineMatch (COMMA lineMatch)* # linesInOrder
   ;

httpCall
   : HTTP method string httpOption* (LBRACE (httpAssertion | save)* RBRACE)?
   ;

method
   : ID
   ;

httpOption
   : PORT INT # portOption
   | HEADER string EQ string # headerOption
   | BODY string # bodyOption
   | FOLLOW REDIRECTS # followOption
   | within # withinOption
   | target # onOption
   ;

httpAssertion
   : STATUS INT # statusAssertion
   | HEADER string textMatch # headerAssertion
   | BODY textMatch # bodyAssertion
   | JSON string jsonCheck # jsonAssertion
   ;

jsonCheck
   : (EQ | EQUALS) jsonValue # jsonEquals
   | EXISTS # jsonExists
   | MATCHES regex # jsonMatches
   ;

jsonValue
   : string # jsonString
   | MINUS? (INT | DECIMAL | EXPONENT) # jsonNumber
   | TRUE # jsonTrue
   | FALSE # jsonFalse
   | NULL # jsonNull
   ;

textMatch
   : (EQ | EQUALS) string # equalsMatch
   | CONTAINS string # containsMatch
   | MATCHES regex # matchesMatch
   | EMPTY # emptyMatch
   ;
   // In `wait for log` and `lines in order` a plain string means "a line containing it".
   
lineMatch
   : string # plainLine
   | regex # regexLine
   | textMatch # explicitLine
   ;

argv
   : string # splitArgv
   | LBRACK (string (COMMA string)*)? RBRACK # listArgv
   ;

within
   : WITHIN duration
   ;

stream
   : STDOUT
   | STDERR
   | LOG
   ;
   // INT is accepted here so that a missing unit gets its own message.
   
duration
   : QUANTITY
   | INT
   ;

size
   : QUANTITY
   | INT
   ;

port
   : INT
   | PORT_PROTO
   ;
   // A port a step checks may also be a string, resolved when the step runs: "${PORT}" or "${PORT}/udp".
   
portValue
   : port
   | string
   ;

signal
   : ID
   | INT
   ;

string
   : STRING
   ;

regex
   : REGEX
   ;

name
   : ID
   | keyword
   ;

keyword
   : IMAGE
   | BUILD
   | DOCKERFILE
   | ARG
   | TARGET
   | DEFAULTS
   | WAIT
   | WITHIN
   | EXIT
   | HTTP
   | TIMEOUT
   | COMMAND
   | EXPECT
   | HAS
   | USER
   | EXPOSED
   | PORT
   | VOLUME
   | ENV
   | LABEL
   | HEALTHCHECK
   | STOP
   | SIGNAL
   | WORKDIR
   | ENTRYPOINT
   | CMD
   | SIZE
   | BELOW
   | FILE
   | EXISTS
   | ABSENT
   | IS
   | DIRECTORY
   | REGULAR
   | SYMLINK
   | TO
   | OWNED
   | BY
   | MODE
   | SERVICE
   | SERVICES
   | FROM
   | PROFILE
   | SUBJECT
   | SCENARIO
   | FOR
   | AND
   | IN
   | UNSET
   | PUBLISH
   | AT
   | RECREATE
   | RESTART
   | START
   | HEALTHY
   | NOT
   | RUNNING
   | AFTER
   | PROCESS
   | RUNS
   | AS
   | OPEN
   | EXITS
   | CONTAINS
   | MATCHES
   | EQUALS
   | EMPTY
   | LINES
   | ORDER
   | HEADER
   | BODY
   | FOLLOW
   | REDIRECTS
   | STATUS
   | JSON
   | TRUE
   | FALSE
   | NULL
   | STDOUT
   | STDERR
   | LOG
   | ON
   | HOST
   | PAUSE
   | SAVE
   | SOCKET
   | RUN
   | MOUNT
   | DOCKER
   | READ
   | ONLY
   | NONE
   | ALIAS
   | INTERVAL
   | RETRIES
   | PERIOD
   ;

IMAGE
   : 'image'
   ;

BUILD
   : 'build'
   ;

DOCKERFILE
   : 'dockerfile'
   ;

ARG
   : 'arg'
   ;

TARGET
   : 'target'
   ;

DEFAULTS
   : 'defaults'
   ;

WAIT
   : 'wait'
   ;

WITHIN
   : 'within'
   ;

EXIT
   : 'exit'
   ;

HTTP
   : 'http'
   ;

TIMEOUT
   : 'timeout'
   ;

COMMAND
   : 'command'
   ;

EXPECT
   : 'expect'
   ;

HAS
   : 'has'
   ;

USER
   : 'user'
   ;

EXPOSED
   : 'exposed'
   ;

PORT
   : 'port'
   ;

VOLUME
   : 'volume'
   ;

ENV
   : 'env'
   ;

LABEL
   : 'label'
   ;

HEALTHCHECK
   : 'healthcheck'
   ;

STOP
   : 'stop'
   ;

SIGNAL
   : 'signal'
   ;

WORKDIR
   : 'workdir'
   ;

ENTRYPOINT
   : 'entrypoint'
   ;

CMD
   : 'cmd'
   ;

SIZE
   : 'size'
   ;

BELOW
   : 'below'
   ;

FILE
   : 'file'
   ;

EXISTS
   : 'exists'
   ;

ABSENT
   : 'absent'
   ;

IS
   : 'is'
   ;

DIRECTORY
   : 'directory'
   ;

REGULAR
   : 'regular'
   ;

SYMLINK
   : 'symlink'
   ;

TO
   : 'to'
   ;

OWNED
   : 'owned'
   ;

BY
   : 'by'
   ;

MODE
   : 'mode'
   ;

SERVICE
   : 'service'
   ;

SERVICES
   : 'services'
   ;

FROM
   : 'from'
   ;

PROFILE
   : 'profile'
   ;

SUBJECT
   : 'subject'
   ;

SCENARIO
   : 'scenario'
   ;

FOR
   : 'for'
   ;

AND
   : 'and'
   ;

IN
   : 'in'
   ;

UNSET
   : 'unset'
   ;

PUBLISH
   : 'publish'
   ;

AT
   : 'at'
   ;

RECREATE
   : 'recreate'
   ;

RESTART
   : 'restart'
   ;

START
   : 'start'
   ;

HEALTHY
   : 'healthy'
   ;

NOT
   : 'not'
   ;

RUNNING
   : 'running'
   ;

AFTER
   : 'after'
   ;

PROCESS
   : 'process'
   ;

RUNS
   : 'runs'
   ;

AS
   : 'as'
   ;

OPEN
   : 'open'
   ;

EXITS
   : 'exits'
   ;

CONTAINS
   : 'contains'
   ;

MATCHES
   : 'matches'
   ;

EQUALS
   : 'equals'
   ;

EMPTY
   : 'empty'
   ;

LINES
   : 'lines'
   ;

ORDER
   : 'order'
   ;

HEADER
   : 'header'
   ;

BODY
   : 'body'
   ;

FOLLOW
   : 'follow'
   ;

REDIRECTS
   : 'redirects'
   ;

STATUS
   : 'status'
   ;

JSON
   : 'json'
   ;

TRUE
   : 'true'
   ;

FALSE
   : 'false'
   ;

NULL
   : 'null'
   ;

STDOUT
   : 'stdout'
   ;

STDERR
   : 'stderr'
   ;

LOG
   : 'log'
   ;

ON
   : 'on'
   ;

HOST
   : 'host'
   ;

PAUSE
   : 'pause'
   ;

SAVE
   : 'save'
   ;

SOCKET
   : 'socket'
   ;

RUN
   : 'run'
   ;

MOUNT
   : 'mount'
   ;

DOCKER
   : 'docker'
   ;

NONE
   : 'none'
   ;

ALIAS
   : 'alias'
   ;

INTERVAL
   : 'interval'
   ;

RETRIES
   : 'retries'
   ;

PERIOD
   : 'period'
   ;

READ
   : 'read'
   ;

ONLY
   : 'only'
   ;
   // Keywords are the tokens from IMAGE to ONLY (SyntaxMessages.isKeyword): a new one goes above this line.
   
LBRACE
   : '{'
   ;

RBRACE
   : '}'
   ;

LBRACK
   : '['
   ;

RBRACK
   : ']'
   ;

COMMA
   : ','
   ;

EQ
   : '='
   ;

MINUS
   : '-'
   ;
   // A number with a unit: durations (5s, or compound 1h30m) and sizes (1.5GiB); the builder checks the unit.
   
QUANTITY
   : DIGITS ('.' DIGITS)? [a-zA-Z]+ (DIGITS ('.' DIGITS)? [a-zA-Z]+)*
   ;
   // A JSON number with an exponent, e.g. 1e3 or 2.5E-4.
   
EXPONENT
   : DIGITS ('.' DIGITS)? [eE] [+-]? DIGITS
   ;

PORT_PROTO
   : DIGITS '/' [a-zA-Z]+
   ;

DECIMAL
   : DIGITS '.' DIGITS
   ;

INT
   : DIGITS
   ;

STRING
   : '"' (ESCAPE | ~ ["\\\r\n])* '"'
   ;

UNTERMINATED_STRING
   : '"' (ESCAPE | ~ ["\\\r\n])*
   ;
   // Flags written right after the closing slash (/ready/i) become inline flags of the pattern.
   
REGEX
   : '/' (ESCAPE | ~ [/\\\r\n])+ '/' [a-zA-Z]*
   ;

UNTERMINATED_REGEX
   : '/' (ESCAPE | ~ [/\\\r\n])*
   ;

ID
   : [A-Za-z_] [A-Za-z0-9_-]*
   ;

COMMENT
   : '#' ~ [\r\n]* -> skip
   ;

WS
   : [ \t\r\n\f\u000B\uFEFF]+ -> skip
   ;

UNEXPECTED_CHAR
   : .
   ;

fragment DIGITS
   : [0-9]+
   ;

fragment ESCAPE
   : '\\' ~ [\r\n]
   ;

