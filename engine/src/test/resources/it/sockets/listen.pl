# Makes a unix socket at /tmp/app.sock and keeps it open: something the archive API leaves out.
use IO::Socket::UNIX;
$| = 1;
my $server = IO::Socket::UNIX->new(Type => SOCK_STREAM(), Local => "/tmp/app.sock", Listen => 1)
    or die "cannot listen: $!";
print "listening on /tmp/app.sock\n";
sleep 600;
