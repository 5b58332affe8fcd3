package dev.plimsoll.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Span;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every construct of the language parses cleanly and survives print -> parse unchanged. */
class RoundTripTest {

    static Stream<String> constructs() {
        return Stream.of(
                "image \"acme/greeter:${TAG:-dev}\"",
                "build \".\"",
                "build \"./app\" dockerfile \"Dockerfile.prod\" arg VERSION = \"1.4\" arg B = \"x\" target \"runtime\"",
                "image \"x\" defaults { wait within 30s exit within 10s http timeout 5s command timeout 1m expect within 500ms }",
                "image \"x\" image has { user \"app\" exposed port 8080/tcp exposed port 53/udp volume \"/data\" }",
                "image \"x\" image has { env GREETING = \"hello\" env PATH contains \"/usr/bin\" env X matches /^a/ env Y env Z empty }",
                "image \"x\" image has { label \"a\" = \"b\" label \"c\" healthcheck stop signal SIGQUIT workdir \"/srv\" }",
                "image \"x\" image has { entrypoint [\"/bin/app\", \"--flag\"] cmd \"serve --port 80\" size below 1.5GiB }",
                "image \"x\" image has { entrypoint [] cmd [\"a b\", \"\"] size below 10kB size below 7B }",
                "image \"x\" file \"/a\" exists file \"/b\" absent file \"/c\" is regular file",
                "image \"x\" file \"/d\" is directory owned by \"app:app\" mode 0750",
                "image \"x\" file \"/e\" is symlink to \"/f\" owned by \"1000:1000\" file \"/g\" is symlink owned by \"root\"",
                "image \"x\" file \"/h\" contains \"x\" file \"/i\" matches /a\\/b/ file \"/j\" equals \"line\\n\" file \"/k\" empty",
                "image \"x\" service db { image \"redis:7\" env A = \"b\" command \"redis-server --save 1 1\" wait for log \"Ready\" }",
                "image \"x\" service image { build \"./db\" user \"redis\" wait for port 6379 within 10s wait for healthy }",
                "image \"x\" scenario \"s\" { env A = \"1\" unset env B publish 9000 publish 53/udp volume \"data\" at \"/data\" }",
                "image \"x\" scenario \"s\" { command [\"sh\", \"-c\", \"echo hi\"] user \"1000\" entrypoint \"/bin/tini --\" }",
                "image \"x\" scenario \"s\" { wait for stdout \"a\" wait for stderr /b/ within 2m wait for log = \"exact\" }",
                "image \"x\" scenario \"s\" { wait for http GET \"/h\" port 80 within 30s { status 200 } signal SIGHUP }",
                "image \"x\" service s { image \"y\" } scenario \"s\" { recreate restart stop service s start service s }",
                "image \"x\" scenario \"s\" { expect stdout contains \"a\" expect stderr not empty within 5s }",
                "image \"x\" scenario \"s\" { expect log matches /x+/ expect stdout equals \"hi\\n\" expect log not contains \"E\" }",
                "image \"x\" scenario \"s\" { expect stdout lines in order \"a\", /b/, = \"c\", empty }",
                "image \"x\" scenario \"s\" { expect exit 0 expect exit 3 within 5s expect running after 2s }",
                "image \"x\" scenario \"s\" { expect process \"httpd\" runs as \"app\" expect port 9000 open within 3s }",
                "image \"x\" scenario \"s\" { expect http POST \"/p\" port 8080 header \"A\" = \"b\" body \"{}\" follow redirects }",
                "image \"x\" scenario \"s\" { expect http GET \"/p\" within 5s { status 201 header \"X\" contains \"y\" } }",
                "image \"x\" scenario \"s\" { expect http GET \"/p\" { body = \"x\" body contains \"y\" body matches /z/ body empty } }",
                "image \"x\" scenario \"s\" { expect http GET \"/p\" { json \"$.a\" = \"s\" json \"$.b\" = 1.5 json \"$.c\" = -3 } }",
                "image \"x\" scenario \"s\" { expect http GET \"/p\" { json \"$.d\" = true json \"$.e\" = false json \"$.f\" = null } }",
                "image \"x\" scenario \"s\" { expect http GET \"/p\" { json \"$.g\" exists json \"$.h\" matches /^v\\d/ } }",
                "image \"x\" scenario \"s\" { expect command [\"nginx\", \"-t\"] exits 0 within 10s { stderr contains \"ok\" stdout not empty } }",
                "image \"x\" scenario \"s\" { expect command \"true\" exits 0 }",
                "image \"x\" scenario \"m\" for A in \"1\", \"2\" and B in \"x\" { env A = \"${A}-${B}\" }",
                "image \"x\" service db { image \"y\" } scenario \"s\" { wait for log \"ready\" on service db within 20s }",
                "image \"x\" service db { image \"y\" } scenario \"s\" { wait for healthy on service db wait for port 5432 on service db }",
                "image \"x\" service m { image \"y\" wait for exit 0 within 1m } scenario \"s\" { wait for exit 3 on service m }",
                "image \"x\" service db { image \"y\" } scenario \"s\" { signal SIGHUP on service db restart on service db pause 2s }",
                "image \"x\" service db { image \"y\" } scenario \"s\" { expect log not contains \"E\" on service db within 5s }",
                "image \"x\" service db { image \"y\" } scenario \"s\" { expect exit 0 on service db expect running after 1s on service db }",
                "image \"x\" service db { image \"y\" } scenario \"s\" { expect process \"pg\" runs as \"postgres\" on service db }",
                "image \"x\" service db { image \"y\" } scenario \"s\" { expect port 5432 open on service db expect port 8080 open on host within 3s }",
                "image \"x\" service r { image \"y\" } scenario \"s\" { expect http GET \"/r\" port 80 on service r within 10s { json \"$.length()\" = 1 } }",
                "image \"x\" service r { image \"y\" } scenario \"s\" { wait for http GET \"/r\" on service r { status 200 } expect http GET \"/\" on host port 8080 }",
                "image \"x\" scenario \"s\" { expect http POST \"/notes\" body \"{}\" { status 201 save json \"$.id\" as ID save header \"Location\" as L save body as B } }",
                "image \"x\" scenario \"s\" { expect http POST \"/n\" { save json \"$.id\" as ID } expect http GET \"/n/${ID}\" { save json \"$.id\" as ID } }",
                "image \"x\" service db { image \"y\" } scenario \"s\" { expect command \"id -u\" exits 0 on service db within 5s { stdout = \"0\" save stdout as UID save stderr as E } }",
                "image \"x\" scenario \"s\" { expect port \"${PORT:-9000}\" open on host wait for port \"${P:-53}/udp\" within 3s }",
                "image \"x\" file \"/run/app.sock\" is socket",
                "image \"x\" service p { image \"y\" } scenario \"s\" { expect file \"/run/app.sock\" is socket owned by \"app\" mode 0660 on service p within 10s }",
                "image \"x\" scenario \"s\" { expect file \"/var/log/app.log\" contains \"started\" expect file \"/tmp/x\" absent }",
                "image \"x\" scenario \"s\" { expect run image \"postgres:16\" command [\"psql\", \"-h\", \"db\"] env PGPASSWORD = \"pw\" exits 0 { stdout = \"1\" } }",
                "image \"x\" scenario \"s\" { expect run build \"./migrate\" arg V = \"1\" user \"app\" entrypoint \"/m\" volume \"d\" at \"/d\" exits 0 within 2m }",
                "image \"x\" scenario \"s\" { expect run image \"y\" mount \"fixtures\" at \"/f\" read only exits 0 { stdout contains \"a\" save stdout as OUT } }",
                "image \"x\" scenario \"s\" { mount \"./fixtures\" at \"/srv/fixtures\" read only mount \"data\" at \"/data\" mount docker socket }",
                "image \"x\" service db { image \"y\" mount \"init.sql\" at \"/docker-entrypoint-initdb.d/init.sql\" } scenario \"s\" { service db { env A = \"1\" mount docker socket } }",
                "image \"x\" service db { image \"y\" } scenario \"s\" { service db { } env NAME = \"n-${UNIQUE}\" }",
                "image \"x\" scenario \"escapes \\\"q\\\" \\\\ \\t \\$ $HOME ${V:-a b}\" { }");
    }

    @ParameterizedTest
    @MethodSource("constructs")
    void constructParsesCleanlyAndRoundTrips(String source) {
        ParseResult first = Contracts.parse("construct.contract", source);
        assertThat(first.render()).isEmpty();
        Contract parsed = first.contract().orElseThrow();

        String printed = ContractPrinter.print(parsed);
        ParseResult second = Contracts.parse("construct.contract", printed);

        assertThat(second.render()).as(printed).isEmpty();
        assertThat(second.contract().orElseThrow())
                .usingRecursiveComparison()
                .ignoringFieldsOfTypes(Span.class)
                .isEqualTo(parsed);
    }
}
