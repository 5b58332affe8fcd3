# Starts a container through /var/run/docker.sock, two requests on one kept-alive connection, then stays up.
# With the argument create-only it creates the container and never starts it; with start-only NAME it only starts
# the container NAME that someone else made.
use IO::Socket::UNIX;
$| = 1;
my $api = IO::Socket::UNIX->new(Type => SOCK_STREAM(), Peer => "/var/run/docker.sock")
    or die "cannot connect to the Docker socket: $!";
sub call {
    my ($path, $body) = @_;
    print $api "POST $path HTTP/1.1\r\nHost: docker\r\nContent-Type: application/json\r\n"
        . "Content-Length: " . length($body) . "\r\n\r\n" . $body;
    my $status = <$api>;
    my $length = 0;
    while (my $header = <$api>) {
        last if $header eq "\r\n";
        $length = $1 if $header =~ /^Content-Length:\s*(\d+)/i;
    }
    my $reply = "";
    read($api, $reply, $length) if $length;
    return ($status, $reply);
}
if (($ARGV[0] // "") eq "start-only") {
    my ($status) = call("/v1.41/containers/$ARGV[1]/start", "");
    $status =~ / 204 / or die "start failed: $status";
    print "started $ARGV[1]\n";
    sleep 600;
}
my ($status, $reply) = call("/v1.41/containers/create",
    '{"Image":"debian:bookworm-slim","Cmd":["sleep","600"],"Labels":{"dev.plimsoll.it":"engine-its"}}');
my ($id) = $reply =~ /"Id":"([0-9a-f]+)"/ or die "create failed: $status $reply";
if (($ARGV[0] // "") eq "create-only") {
    print "created child $id\n";
    sleep 600;
}
($status) = call("/v1.41/containers/$id/start", "");
$status =~ / 204 / or die "start failed: $status";
print "started child $id\n";
sleep 600;
