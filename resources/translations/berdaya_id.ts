<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>Demo office</source>
        <translation>Kantor demo</translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation>Menyiapkan kantor demo…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
    <message>
        <source>The backup of {when} is back in place as {books}.</source>
        <translation>Cadangan tanggal {when} sudah dipulihkan sebagai {books}.</translation>
    </message>
    <message>
        <source>The books it replaced are kept as {file}.</source>
        <translation>Buku kantor yang digantikannya disimpan sebagai {file}.</translation>
    </message>
    <message>
        <source>Log in again to go on.</source>
        <translation>Silakan masuk lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Tidak dipulihkan</translation>
    </message>
    <message>
        <source>Open books</source>
        <translation>Buka buku kantor</translation>
    </message>
    <message>
        <source>Berdaya books (*.sqlite3);;All files (*)</source>
        <translation>Buku kantor Berdaya (*.sqlite3);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Start new books</source>
        <translation>Mulai buku kantor baru</translation>
    </message>
    <message>
        <source>Backing up the books in the background…</source>
        <translation>Mencadangkan buku kantor di latar belakang…</translation>
    </message>
    <message>
        <source>Backed up at {time}: {file}</source>
        <translation>Dicadangkan pukul {time}: {file}</translation>
    </message>
    <message>
        <source>Today&apos;s backup was not made</source>
        <translation>Cadangan hari ini tidak dibuat</translation>
    </message>
    <message>
        <source>Closing Berdaya</source>
        <translation>Menutup Berdaya</translation>
    </message>
    <message>
        <source>Backing up the books before closing…</source>
        <translation>Mencadangkan buku kantor sebelum ditutup…</translation>
    </message>
    <message>
        <source>Backup not on the USB drive</source>
        <translation>Cadangan tidak tersimpan di flashdisk</translation>
    </message>
    <message>
        <source>The computer&apos;s date looks wrong</source>
        <translation>Tanggal komputer tampaknya salah</translation>
    </message>
    <message>
        <source>Cannot open the books</source>
        <translation>Buku kantor tidak dapat dibuka</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>New loan application</source>
        <translation>Pengajuan pinjaman baru</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Peminjam</translation>
    </message>
    <message>
        <source>Loan product</source>
        <translation>Produk pinjaman</translation>
    </message>
    <message>
        <source>Term (installments)</source>
        <translation>Jangka waktu (kali angsuran)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan pinjaman</translation>
    </message>
    <message>
        <source>for example: capital for the stall, a sewing machine</source>
        <translation>misalnya: modal warung, mesin jahit</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Tanggal pengajuan</translation>
    </message>
    <message>
        <source>The installments are worked out as if the loan were disbursed on the application date; they start one period after the day it is disbursed.</source>
        <translation>Angsuran dihitung seolah-olah pinjaman dicairkan pada tanggal pengajuan; angsuran mulai satu periode setelah tanggal pencairan.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>One member</source>
        <translation>Anggota perorangan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Installment (Rp)</source>
        <translation>Angsuran (Rp)</translation>
    </message>
    <message>
        <source>No loan product is offered; the administrator adds them in the settings.</source>
        <translation>Belum ada produk pinjaman yang ditawarkan; administrator menambahkannya di Pengaturan.</translation>
    </message>
    <message>
        <source>{rate}% a month</source>
        <translation>jasa {rate}% per bulan</translation>
    </message>
    <message>
        <source>usually {term}, at most {max} installments</source>
        <translation>biasanya {term}, paling lama {max} kali angsuran</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) of grace</source>
        <translation>
            <numerusform>masa tenggang %n periode</numerusform>
        </translation>
    </message>
    <message>
        <source>a first loan at most {amount}</source>
        <translation>pinjaman pertama paling banyak {amount}</translation>
    </message>
    <message>
        <source>at most {amount} a borrower</source>
        <translation>paling banyak {amount} per peminjam</translation>
    </message>
    <message>
        <source>admin fee {fee}%</source>
        <translation>biaya administrasi {fee}%</translation>
    </message>
    <message>
        <source>Type the amount each member borrows; leave it empty for those who do not.</source>
        <translation>Ketik jumlah pinjaman setiap anggota; kosongkan bagi yang tidak meminjam.</translation>
    </message>
    <message numerus="yes">
        <source>Total &lt;b&gt;{total}&lt;/b&gt; for %n member(s) · installments together {installment}</source>
        <translation>
            <numerusform>Jumlah &lt;b&gt;{total}&lt;/b&gt; untuk %n anggota · angsuran seluruhnya {installment}</numerusform>
        </translation>
    </message>
    <message>
        <source>admin fee {fee}</source>
        <translation>biaya administrasi {fee}</translation>
    </message>
</context>
<context>
    <name>ApprovalSettingsBox</name>
    <message>
        <source>Approvals</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>A ticked action is not done at once: it waits on the Approvals page until an administrator or the chair, other than the user who asked, approves it.</source>
        <translation>Tindakan yang dicentang tidak langsung dijalankan: tindakan itu menunggu di halaman Persetujuan sampai administrator atau ketua, selain pengguna yang meminta, menyetujuinya.</translation>
    </message>
    <message>
        <source>Save the approvals</source>
        <translation>Simpan pengaturan persetujuan</translation>
    </message>
    <message>
        <source>“{action}” also waits for approval: it includes what is ticked here ({others}).</source>
        <translation>“{action}” juga menunggu persetujuan: tindakan ini mencakup yang dicentang di sini ({others}).</translation>
    </message>
    <message>
        <source>Saved. The ticked actions wait for approval from now on.</source>
        <translation>Tersimpan. Mulai sekarang tindakan yang dicentang menunggu persetujuan.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>&lt;b&gt;Request {number}: {action}&lt;/b&gt;, asked by {user}</source>
        <translation>&lt;b&gt;Permintaan {number}: {action}&lt;/b&gt;, diminta oleh {user}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Actions the office marked in Settings wait here until a second user approves them. Approving carries the action out as it was asked, in the name of the user who asked.</source>
        <translation>Tindakan yang ditandai kantor di Pengaturan menunggu di sini sampai disetujui pengguna kedua. Persetujuan menjalankan tindakan itu persis seperti yang diminta, atas nama pengguna yang meminta.</translation>
    </message>
    <message>
        <source>Your requests for actions that need a second user&apos;s approval, and how they were decided.</source>
        <translation>Permintaan Anda untuk tindakan yang perlu persetujuan pengguna kedua, beserta keputusannya.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Sudah diputuskan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Diminta oleh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Diputuskan oleh</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Tanggal keputusan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Tanggal permintaan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Empty: the last {days} days.</source>
        <translation>Kosong: {days} hari terakhir.</translation>
    </message>
    <message>
        <source>Request {number}: {action} — {status} by {user} on {when}</source>
        <translation>Permintaan {number}: {action} — {status} oleh {user} pada {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision.</source>
        <translation>
            <numerusform>%n permintaan menunggu keputusan Anda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your own wait for another user.</source>
        <translation>
            <numerusform>%n permintaan Anda sendiri menunggu pengguna lain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your requests wait for approval.</source>
        <translation>
            <numerusform>%n permintaan Anda menunggu persetujuan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting ({count})</source>
        <translation>Menunggu ({count})</translation>
    </message>
    <message>
        <source>Request {number} is no longer in the list.</source>
        <translation>Permintaan {number} tidak ada lagi di daftar.</translation>
    </message>
    <message>
        <source>Request {number} was approved by {user} on {when}; it is listed under Decided.</source>
        <translation>Permintaan {number} disetujui oleh {user} pada {when}; kini tercantum di Sudah diputuskan.</translation>
    </message>
    <message>
        <source>Request {number} was rejected by {user} on {when}; it is listed under Decided.</source>
        <translation>Permintaan {number} ditolak oleh {user} pada {when}; kini tercantum di Sudah diputuskan.</translation>
    </message>
    <message>
        <source>Request {number} was withdrawn by {user} on {when}; it is listed under Decided.</source>
        <translation>Permintaan {number} ditarik kembali oleh {user} pada {when}; kini tercantum di Sudah diputuskan.</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>Tarik kembali permintaan</translation>
    </message>
    <message>
        <source>Withdraw request {number}: {action}? Nothing of it will be done.</source>
        <translation>Tarik kembali permintaan {number}: {action}? Tidak ada yang akan dijalankan.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tarik kembali</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the request</source>
        <translation>Setujui permintaan</translation>
    </message>
    <message>
        <source>Approving carries it out now, as it was asked, in the name of {user}.</source>
        <translation>Persetujuan langsung menjalankannya seperti yang diminta, atas nama {user}.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Catatan (boleh dikosongkan)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <source>Portfolio at risk, repayment and aging</source>
        <translation>PAR, tingkat pengembalian, dan umur tunggakan</translation>
    </message>
    <message>
        <source>Loan quality classes (shares · outstanding Rp)</source>
        <translation>Kolektibilitas (jumlah pinjaman · sisa pokok Rp)</translation>
    </message>
    <message>
        <source>Double-click a row to list its shares behind below.</source>
        <translation>Klik dua kali sebuah baris untuk menampilkan daftar tunggakannya di bawah.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>Figures for</source>
        <translation>Rekap untuk</translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation>seluruh kantor</translation>
    </message>
    <message>
        <source>each pool</source>
        <translation>setiap dana bergulir</translation>
    </message>
    <message>
        <source>each mentor</source>
        <translation>setiap pendamping</translation>
    </message>
    <message>
        <source>each group</source>
        <translation>setiap kelompok</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Shares behind of</source>
        <translation>Daftar tunggakan untuk</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>kelompok</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>pendamping</translation>
    </message>
    <message>
        <source>the pool</source>
        <translation>dana bergulir</translation>
    </message>
    <message>
        <source>Print the arrears list…</source>
        <translation>Cetak daftar tunggakan…</translation>
    </message>
    <message>
        <source>Save for Excel…</source>
        <translation>Simpan ke Excel…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Outstanding
(Rp)</source>
        <translation>Sisa pokok
(Rp)</translation>
    </message>
    <message>
        <source>Overdue
principal (Rp)</source>
        <translation>Tunggakan
pokok (Rp)</translation>
    </message>
    <message>
        <source>Overdue
jasa (Rp)</source>
        <translation>Tunggakan
jasa (Rp)</translation>
    </message>
    <message>
        <source>Days
late</source>
        <translation>Hari
terlambat</translation>
    </message>
    <message>
        <source>Installments
missed</source>
        <translation>Angsuran
tertunggak</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kolektibilitas</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>As the books stood at the end of that day.</source>
        <translation>Sesuai keadaan buku pada akhir hari itu.</translation>
    </message>
    <message>
        <source>Loan quality (kolektibilitas): {rule}. The rule set and its thresholds are chosen in Settings.</source>
        <translation>Kolektibilitas: {rule}. Aturan dan batas-batasnya dipilih di Pengaturan.</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Seluruh kantor</translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation>(tanpa dana bergulir)</translation>
    </message>
    <message>
        <source>(no mentor)</source>
        <translation>(tanpa pendamping)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(tanpa kelompok)</translation>
    </message>
    <message>
        <source>The principal still out with the borrowers.</source>
        <translation>Pokok pinjaman yang masih berada di tangan peminjam.</translation>
    </message>
    <message>
        <source>The principal and jasa of installments due before the day that are not paid.</source>
        <translation>Pokok dan jasa angsuran yang jatuh tempo sebelum tanggal itu dan belum dibayar.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Shares
running</source>
        <translation>Pinjaman
berjalan</translation>
    </message>
    <message>
        <source>Overdue
(Rp)</source>
        <translation>Tunggakan
(Rp)</translation>
    </message>
    <message>
        <source>Portfolio at risk: the outstanding principal of shares {days} or more days overdue, as a share of all outstanding principal.</source>
        <translation>Portfolio at Risk (PAR): sisa pokok pinjaman yang terlambat {days} hari atau lebih, dibandingkan dengan seluruh sisa pokok.</translation>
    </message>
    <message>
        <source>PAR {days}</source>
        <translation>PAR {days}</translation>
    </message>
    <message>
        <source>Of everything that fell due before the day, the part that was paid.</source>
        <translation>Bagian yang sudah dibayar dari semua yang jatuh tempo sebelum tanggal itu.</translation>
    </message>
    <message>
        <source>Repayment
rate</source>
        <translation>Tingkat
pengembalian</translation>
    </message>
    <message>
        <source>{low}–{high} days
late (Rp)</source>
        <translation>Terlambat
{low}–{high} hari (Rp)</translation>
    </message>
    <message>
        <source>Over {days} days
late (Rp)</source>
        <translation>Terlambat lebih
dari {days} hari (Rp)</translation>
    </message>
    <message>
        <source>What is overdue on shares this late.</source>
        <translation>Tunggakan pinjaman yang terlambat selama ini.</translation>
    </message>
    <message>
        <source>{name}: how many shares, and their outstanding principal.</source>
        <translation>{name}: jumlah pinjaman dan sisa pokoknya.</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) behind</source>
        <translation>
            <numerusform>%n pinjaman menunggak</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue {overdue} · outstanding {outstanding}</source>
        <translation>tunggakan {overdue} · sisa pokok {outstanding}</translation>
    </message>
    <message>
        <source>Arrears list</source>
        <translation>Daftar tunggakan</translation>
    </message>
    <message>
        <source>Save the arrears list for Excel</source>
        <translation>Simpan daftar tunggakan ke Excel</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) behind saved to {file}.</source>
        <translation>
            <numerusform>%n pinjaman menunggak disimpan ke {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>{name} below {total}</source>
        <translation>{name} di bawah {total}</translation>
    </message>
    <message>
        <source>{name} from {total}</source>
        <translation>{name} mulai {total}</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Penilaian baru</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Tanggal penilaian</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Dinilai oleh</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} sampai {high}</translation>
    </message>
    <message>
        <source>Stage of the group</source>
        <translation>Tahap kelompok</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Total {total} of {top} — class {grade}</source>
        <translation>Jumlah {total} dari {top} — kelas {grade}</translation>
    </message>
    <message numerus="yes">
        <source>so far: %n area(s) still to score</source>
        <translation>
            <numerusform>sementara: %n aspek belum diberi skor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>(choose a group)</source>
        <translation>(pilih kelompok)</translation>
    </message>
    <message>
        <source>New assessment… (Ctrl+N)</source>
        <translation>Penilaian baru… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>Batalkan…</translation>
    </message>
    <message>
        <source>The instrument…</source>
        <translation>Instrumen penilaian…</translation>
    </message>
    <message>
        <source>All groups: latest class and stage</source>
        <translation>Semua kelompok: kelas dan tahap terakhir</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Stages over time</source>
        <translation>Riwayat tahap</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Ditetapkan melalui</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>penilaian</translation>
    </message>
    <message>
        <source>group form</source>
        <translation>formulir kelompok</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Dinilai oleh</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Choose a group above or in the list to see its assessments.</source>
        <translation>Pilih kelompok di atas atau di daftar untuk melihat penilaiannya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{group}&lt;/b&gt; has not been assessed yet.</source>
        <translation>&lt;b&gt;{group}&lt;/b&gt; belum pernah dinilai.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{group}&lt;/b&gt; — latest class &lt;b&gt;{grade}&lt;/b&gt;, assessed {date} ({total} of {top}); %n assessment(s), the newest first.</source>
        <translation>
            <numerusform>&lt;b&gt;{group}&lt;/b&gt; — kelas terakhir &lt;b&gt;{grade}&lt;/b&gt;, dinilai {date} ({total} dari {top}); %n penilaian, yang terbaru di atas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessments are recorded by a mentor or the administrator.</source>
        <translation>Penilaian dicatat oleh pendamping atau administrator.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>H present (hadir) · T late (terlambat) · I excused (izin) · A absent (absen)</source>
        <translation>H hadir · T terlambat · I izin · A absen</translation>
    </message>
    <message>
        <source>Typed, not saved yet (Ctrl+S saves)</source>
        <translation>Sudah diketik, belum disimpan (Ctrl+S menyimpan)</translation>
    </message>
    <message>
        <source>scanned from the card</source>
        <translation>dipindai dari kartu</translation>
    </message>
    <message>
        <source>typed on the grid</source>
        <translation>diketik di tabel</translation>
    </message>
    <message>
        <source>Recorded {when}, {how}</source>
        <translation>Dicatat {when}, {how}</translation>
    </message>
    <message>
        <source>card {time}</source>
        <translation>kartu {time}</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Choose a session in the list.</source>
        <translation>Pilih sesi di daftar.</translation>
    </message>
    <message>
        <source>H present · T late · I excused · A absent (each goes on to the next member) · Enter: down · Tab: the note · Delete clears · Ctrl+S saves</source>
        <translation>H hadir · T terlambat · I izin · A absen (lalu pindah ke anggota berikutnya) · Enter: ke bawah · Tab: ke catatan · Delete menghapus · Ctrl+S menyimpan</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Semua hadir</translation>
    </message>
    <message>
        <source>Mark present everyone not marked yet</source>
        <translation>Tandai hadir semua yang belum ditandai</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Scan a member card, or type a member number and press Enter (F4)</source>
        <translation>Pindai kartu anggota, atau ketik nomor anggota lalu tekan Enter (F4)</translation>
    </message>
    <message>
        <source>{program}, session {seq}</source>
        <translation>{program}, sesi ke-{seq}</translation>
    </message>
    <message>
        <source>Your role may look at attendance but not record it.</source>
        <translation>Peran Anda hanya boleh melihat kehadiran, tidak mencatatnya.</translation>
    </message>
    <message>
        <source>Attendance is taken on the day of the session or after it.</source>
        <translation>Kehadiran dicatat pada hari sesi atau sesudahnya.</translation>
    </message>
    <message>
        <source>Came {came} of {listed} · present {present} · late {late} · excused {excused} · absent {absent} · not marked {unmarked}</source>
        <translation>Datang {came} dari {listed} · hadir {present} · terlambat {late} · izin {excused} · tidak hadir {absent} · belum ditandai {unmarked}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved</source>
        <translation>
            <numerusform>%n perubahan belum disimpan</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the attendance</source>
        <translation>Tinggalkan daftar kehadiran</translation>
    </message>
    <message>
        <source>The attendance of {topic} on {date} has changes that are not saved. Leave them?</source>
        <translation>Kehadiran {topic} tanggal {date} punya perubahan yang belum disimpan. Tinggalkan?</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Tinggalkan</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n mark(s) changed.</source>
        <translation>
            <numerusform>Tersimpan: %n tanda kehadiran diubah.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — already marked {status} ({time}); the mark is kept.</source>
        <translation>{name} — sudah ditandai {status} ({time}); tanda itu tetap dipakai.</translation>
    </message>
</context>
<context>
    <name>AttentionTab</name>
    <message>
        <source>Groups of</source>
        <translation>Kelompok dampingan</translation>
    </message>
    <message>
        <source>every mentor</source>
        <translation>semua pendamping</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Open history</source>
        <translation>Buka riwayat</translation>
    </message>
    <message>
        <source>Why a group is listed: attendance in the last {months} months at least {points} points below the {months} months before, or under {low}% · any installment overdue · follow-ups past their due date · no visit for more than {days} days (or never, once the group is that old) · a lower class at the last assessment. The heaviest first: arrears, then follow-ups, attendance and class, then visits.</source>
        <translation>Alasan kelompok masuk daftar: kehadiran {months} bulan terakhir sedikitnya {points} poin di bawah {months} bulan sebelumnya, atau di bawah {low}% · ada angsuran yang menunggak · tindak lanjut melewati batas waktu · tidak ada kunjungan lebih dari {days} hari (atau belum pernah dikunjungi, bila umur kelompok sudah selama itu) · kelas turun pada penilaian terakhir. Yang terberat di atas: tunggakan, lalu tindak lanjut, kehadiran dan kelas, lalu kunjungan.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) need attention</source>
        <translation>
            <numerusform>%n kelompok perlu perhatian</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>Request {number}</source>
        <translation>Permintaan {number}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Choose a record to see what it changed.</source>
        <translation>Pilih sebuah catatan untuk melihat apa yang diubahnya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Record {number}&lt;/b&gt; · {when} · {user}&lt;br&gt;&lt;b&gt;{action}&lt;/b&gt; ({area})&lt;br&gt;{entity}: {what}&lt;br&gt;&lt;i&gt;{summary}&lt;/i&gt;</source>
        <translation>&lt;b&gt;Catatan {number}&lt;/b&gt; · {when} · {user}&lt;br&gt;&lt;b&gt;{action}&lt;/b&gt; ({area})&lt;br&gt;{entity}: {what}&lt;br&gt;&lt;i&gt;{summary}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>Recorded with these values:</source>
        <translation>Dicatat dengan nilai berikut:</translation>
    </message>
    <message>
        <source>The fields that changed, before and after:</source>
        <translation>Isian yang berubah, sebelum dan sesudah:</translation>
    </message>
    <message>
        <source>Taken away; the values it had:</source>
        <translation>Dihapus; nilai yang dimilikinya:</translation>
    </message>
    <message>
        <source>No values were kept with this record.</source>
        <translation>Catatan ini tidak menyimpan nilai.</translation>
    </message>
    <message>
        <source>No field changed.</source>
        <translation>Tidak ada isian yang berubah.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Member registered</source>
        <translation>Anggota didaftarkan</translation>
    </message>
    <message>
        <source>Member edited</source>
        <translation>Data anggota diubah</translation>
    </message>
    <message>
        <source>Member moved to another group</source>
        <translation>Anggota pindah kelompok</translation>
    </message>
    <message>
        <source>Member left the office</source>
        <translation>Anggota keluar</translation>
    </message>
    <message>
        <source>Members imported</source>
        <translation>Anggota diimpor</translation>
    </message>
    <message>
        <source>Group created</source>
        <translation>Kelompok dibuat</translation>
    </message>
    <message>
        <source>Group edited</source>
        <translation>Data kelompok diubah</translation>
    </message>
    <message>
        <source>Group&apos;s stage changed</source>
        <translation>Tahap kelompok diubah</translation>
    </message>
    <message>
        <source>Group officer appointed</source>
        <translation>Pengurus kelompok diangkat</translation>
    </message>
    <message>
        <source>Group officer&apos;s term ended</source>
        <translation>Masa jabatan pengurus berakhir</translation>
    </message>
    <message>
        <source>Kind of group added</source>
        <translation>Jenis kelompok ditambahkan</translation>
    </message>
    <message>
        <source>Savings deposit</source>
        <translation>Setoran simpanan</translation>
    </message>
    <message>
        <source>Savings withdrawal</source>
        <translation>Penarikan simpanan</translation>
    </message>
    <message>
        <source>Savings paid out on leaving</source>
        <translation>Simpanan dibayarkan saat keluar</translation>
    </message>
    <message>
        <source>Savings entry reversed</source>
        <translation>Transaksi simpanan dibatalkan</translation>
    </message>
    <message>
        <source>Demo savings written</source>
        <translation>Simpanan contoh ditulis</translation>
    </message>
    <message>
        <source>Savings product added</source>
        <translation>Produk simpanan ditambahkan</translation>
    </message>
    <message>
        <source>Savings product edited</source>
        <translation>Produk simpanan diubah</translation>
    </message>
    <message>
        <source>Loan applied for</source>
        <translation>Pinjaman diajukan</translation>
    </message>
    <message>
        <source>Loan approved</source>
        <translation>Pinjaman disetujui</translation>
    </message>
    <message>
        <source>Loan rejected</source>
        <translation>Pinjaman ditolak</translation>
    </message>
    <message>
        <source>Loan application cancelled</source>
        <translation>Pengajuan pinjaman dibatalkan</translation>
    </message>
    <message>
        <source>Loan disbursed</source>
        <translation>Pinjaman dicairkan</translation>
    </message>
    <message>
        <source>Installment paid</source>
        <translation>Angsuran dibayar</translation>
    </message>
    <message>
        <source>Loan paid off early</source>
        <translation>Pinjaman dilunasi dipercepat</translation>
    </message>
    <message>
        <source>Installment covered by the group</source>
        <translation>Angsuran ditalangi kelompok</translation>
    </message>
    <message>
        <source>Loan set against savings</source>
        <translation>Pinjaman dipotong dari simpanan</translation>
    </message>
    <message>
        <source>Loan payment reversed</source>
        <translation>Pembayaran pinjaman dibatalkan</translation>
    </message>
    <message>
        <source>Loan written off</source>
        <translation>Pinjaman dihapusbukukan</translation>
    </message>
    <message>
        <source>Debt to the group repaid</source>
        <translation>Talangan kelompok dikembalikan</translation>
    </message>
    <message>
        <source>Repayment to the group reversed</source>
        <translation>Pengembalian talangan dibatalkan</translation>
    </message>
    <message>
        <source>Demo loan payments written</source>
        <translation>Angsuran contoh ditulis</translation>
    </message>
    <message>
        <source>Loan product added</source>
        <translation>Produk pinjaman ditambahkan</translation>
    </message>
    <message>
        <source>Loan product edited</source>
        <translation>Produk pinjaman diubah</translation>
    </message>
    <message>
        <source>Source of capital added</source>
        <translation>Sumber dana ditambahkan</translation>
    </message>
    <message>
        <source>Capital pool opened</source>
        <translation>Dana bergulir dibuka</translation>
    </message>
    <message>
        <source>Capital received</source>
        <translation>Modal diterima</translation>
    </message>
    <message>
        <source>Meeting sheet saved as a draft</source>
        <translation>Lembar rapat disimpan sebagai draf</translation>
    </message>
    <message>
        <source>Meeting sheet posted</source>
        <translation>Lembar rapat dibukukan</translation>
    </message>
    <message>
        <source>Meeting sheet reversed</source>
        <translation>Lembar rapat dibatalkan</translation>
    </message>
    <message>
        <source>Draft meeting sheet deleted</source>
        <translation>Draf lembar rapat dihapus</translation>
    </message>
    <message>
        <source>Demo meeting sheets written</source>
        <translation>Lembar rapat contoh ditulis</translation>
    </message>
    <message>
        <source>Opening cash balance entered</source>
        <translation>Saldo awal kas dicatat</translation>
    </message>
    <message>
        <source>Opening bank balance entered</source>
        <translation>Saldo awal bank dicatat</translation>
    </message>
    <message>
        <source>Office income entered</source>
        <translation>Pendapatan kantor dicatat</translation>
    </message>
    <message>
        <source>Office expense entered</source>
        <translation>Biaya kantor dicatat</translation>
    </message>
    <message>
        <source>Cash taken to the bank</source>
        <translation>Kas disetor ke bank</translation>
    </message>
    <message>
        <source>Cash fetched from the bank</source>
        <translation>Kas diambil dari bank</translation>
    </message>
    <message>
        <source>Cash book entry reversed</source>
        <translation>Transaksi buku kas dibatalkan</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Kas dihitung</translation>
    </message>
    <message>
        <source>Month closed</source>
        <translation>Bulan ditutup</translation>
    </message>
    <message>
        <source>Month reopened</source>
        <translation>Bulan dibuka kembali</translation>
    </message>
    <message>
        <source>Program created</source>
        <translation>Program dibuat</translation>
    </message>
    <message>
        <source>Program edited</source>
        <translation>Program diubah</translation>
    </message>
    <message>
        <source>Session planned</source>
        <translation>Sesi direncanakan</translation>
    </message>
    <message>
        <source>Session edited</source>
        <translation>Sesi diubah</translation>
    </message>
    <message>
        <source>Session removed</source>
        <translation>Sesi dihapus</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Kehadiran dicatat</translation>
    </message>
    <message>
        <source>Card scanned at a session</source>
        <translation>Kartu dipindai di sesi</translation>
    </message>
    <message>
        <source>Visit recorded</source>
        <translation>Kunjungan dicatat</translation>
    </message>
    <message>
        <source>Visit edited</source>
        <translation>Kunjungan diubah</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>Follow-up reopened</source>
        <translation>Tindak lanjut dibuka kembali</translation>
    </message>
    <message>
        <source>Assessment instrument changed</source>
        <translation>Instrumen penilaian diubah</translation>
    </message>
    <message>
        <source>Group assessed</source>
        <translation>Kelompok dinilai</translation>
    </message>
    <message>
        <source>Assessment taken back</source>
        <translation>Penilaian ditarik kembali</translation>
    </message>
    <message>
        <source>Welfare survey recorded</source>
        <translation>Survei kesejahteraan dicatat</translation>
    </message>
    <message>
        <source>Welfare survey taken back</source>
        <translation>Survei kesejahteraan ditarik kembali</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>Administrator pertama dibuat</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Pengguna dibuat</translation>
    </message>
    <message>
        <source>User edited</source>
        <translation>Pengguna diubah</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Kata sandi diatur ulang</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Kata sandi sendiri diganti</translation>
    </message>
    <message>
        <source>Office profile changed</source>
        <translation>Profil kantor diubah</translation>
    </message>
    <message>
        <source>Office logo changed</source>
        <translation>Logo kantor diubah</translation>
    </message>
    <message>
        <source>Lending rules changed</source>
        <translation>Aturan pinjaman diubah</translation>
    </message>
    <message>
        <source>Actions needing approval changed</source>
        <translation>Tindakan yang perlu persetujuan diubah</translation>
    </message>
    <message>
        <source>Backup settings changed</source>
        <translation>Pengaturan cadangan diubah</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <source>Books restored from a backup</source>
        <translation>Buku dipulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Persetujuan diminta</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>Permintaan disetujui</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Permintaan ditolak</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>Permintaan ditarik</translation>
    </message>
    <message>
        <source>Told of decisions on own requests</source>
        <translation>Diberi tahu keputusan atas permintaannya</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation>Jenis kelompok</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Savings entry</source>
        <translation>Transaksi simpanan</translation>
    </message>
    <message>
        <source>Savings product</source>
        <translation>Produk simpanan</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Share of a loan</source>
        <translation>Bagian pinjaman</translation>
    </message>
    <message>
        <source>Loan payment</source>
        <translation>Pembayaran pinjaman</translation>
    </message>
    <message>
        <source>Loan product</source>
        <translation>Produk pinjaman</translation>
    </message>
    <message>
        <source>Debt to the group</source>
        <translation>Talangan kelompok</translation>
    </message>
    <message>
        <source>Source of capital</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Capital pool</source>
        <translation>Dana bergulir</translation>
    </message>
    <message>
        <source>Pool entry</source>
        <translation>Mutasi dana bergulir</translation>
    </message>
    <message>
        <source>Meeting sheet</source>
        <translation>Lembar rapat</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Assessment instrument</source>
        <translation>Instrumen penilaian</translation>
    </message>
    <message>
        <source>Welfare survey</source>
        <translation>Survei kesejahteraan</translation>
    </message>
    <message>
        <source>Approval request</source>
        <translation>Permintaan persetujuan</translation>
    </message>
    <message>
        <source>Cash book entry</source>
        <translation>Transaksi buku kas</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>Hitung kas</translation>
    </message>
    <message>
        <source>Month close</source>
        <translation>Tutup buku bulanan</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Action asked for</source>
        <translation>Tindakan yang diminta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation>Biaya administrasi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>Diajukan oleh</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Tanggal pengajuan</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Penilai</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Available to lend</source>
        <translation>Tersedia untuk dipinjamkan</translation>
    </message>
    <message>
        <source>Backup taken at</source>
        <translation>Cadangan dibuat pada</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Books kept as</source>
        <translation>Buku kantor disimpan sebagai</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Business activities</source>
        <translation>Kegiatan usaha</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Children in school</source>
        <translation>Anak yang bersekolah</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Ditutup pada</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Ditutup oleh</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ditutup tanggal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Hasil hitung</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Dihitung pada</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Diputuskan pada</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Diputuskan oleh</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Tanggal keputusan</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Catatan keputusan</translation>
    </message>
    <message>
        <source>Notes and coins</source>
        <translation>Uang kertas dan logam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Disbursed by</source>
        <translation>Dicairkan oleh</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>Tanggal pencairan</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Dikerjakan oleh</translation>
    </message>
    <message>
        <source>Note when done</source>
        <translation>Catatan saat selesai</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Selesai tanggal</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Selesai pukul</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Tanggal keluar</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Alasan keluar</translation>
    </message>
    <message>
        <source>Expected by the cash book</source>
        <translation>Menurut buku kas</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Most for a first loan</source>
        <translation>Paling besar untuk pinjaman pertama</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Date formed</source>
        <translation>Tanggal dibentuk</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekuensi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Masa tenggang</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Group&apos;s stage</source>
        <translation>Tahap kelompok</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Groups created</source>
        <translation>Kelompok dibuat</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Kondisi rumah</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Penghasilan</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Angsuran</translation>
    </message>
    <message>
        <source>Jasa</source>
        <translation>Jasa</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>Tanggal bergabung</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Cadangan disimpan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Loan quality rules</source>
        <translation>Aturan kolektibilitas</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Dipinjamkan</translation>
    </message>
    <message>
        <source>Welfare level</source>
        <translation>Tingkat kesejahteraan</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Logo size (bytes)</source>
        <translation>Ukuran logo (byte)</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Jumlah terbesar</translation>
    </message>
    <message>
        <source>Longest term</source>
        <translation>Jangka terpanjang</translation>
    </message>
    <message>
        <source>Member number prefix</source>
        <translation>Awalan nomor anggota</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Ditemui</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Least group age (months)</source>
        <translation>Umur kelompok paling sedikit (bulan)</translation>
    </message>
    <message>
        <source>Least group class</source>
        <translation>Kelas kelompok paling rendah</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Dibuka tanggal</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>Kelebihan bayar</translation>
    </message>
    <message>
        <source>Jasa paid</source>
        <translation>Jasa dibayar</translation>
    </message>
    <message>
        <source>Principal paid</source>
        <translation>Pokok dibayar</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Sesi yang direncanakan</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Dana bergulir</translation>
    </message>
    <message>
        <source>Posted at</source>
        <translation>Dibukukan pada</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Dibukukan oleh</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Pembukuan</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Session of the program</source>
        <translation>Sesi ke dalam program</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Rate (% a month)</source>
        <translation>Jasa (% per bulan)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kuitansi</translation>
    </message>
    <message>
        <source>Reminder after (days)</source>
        <translation>Pengingat setelah (hari)</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Alasan dibuka kembali</translation>
    </message>
    <message>
        <source>Reopened by</source>
        <translation>Dibuka kembali oleh</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Diminta pada</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Diminta oleh</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Actions needing approval</source>
        <translation>Tindakan yang perlu persetujuan</translation>
    </message>
    <message>
        <source>Restored from</source>
        <translation>Dipulihkan dari</translation>
    </message>
    <message>
        <source>Record made (number)</source>
        <translation>Catatan yang dibuat (nomor)</translation>
    </message>
    <message>
        <source>Reason for the reversal</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <source>Reversed by</source>
        <translation>Dibatalkan oleh</translation>
    </message>
    <message>
        <source>Reversed on</source>
        <translation>Dibatalkan tanggal</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>Membatalkan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Disimpan pada</translation>
    </message>
    <message>
        <source>Children of school age</source>
        <translation>Anak usia sekolah</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Jumlah anggota keluarga</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Mulai pukul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sukarela</source>
        <translation>Sukarela</translation>
    </message>
    <message>
        <source>What the approver was shown</source>
        <translation>Yang ditunjukkan kepada penyetuju</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>Pendata</translation>
    </message>
    <message>
        <source>Term (installments)</source>
        <translation>Jangka waktu (angsuran)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Skor total</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Wajib</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>Welfare date</source>
        <translation>Tanggal data kesejahteraan</translation>
    </message>
    <message>
        <source>Welfare source</source>
        <translation>Sumber data kesejahteraan</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Penarikan</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dihapusbukukan</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Ukuran (byte)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Muat lagi</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>semua pengguna</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>semua jenis</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Periksa rantai</translation>
    </message>
    <message>
        <source>Reads every record of the trail and tells whether any was changed or removed outside the program.</source>
        <translation>Membaca setiap catatan jejak audit dan memberi tahu apakah ada yang diubah atau dihapus di luar program.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Member number or name</source>
        <translation>Nomor atau nama anggota</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Semua anggota</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>in the summary: receipt, number, name…</source>
        <translation>dalam ringkasan: kuitansi, nomor, nama…</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Hapus saringan</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n catatan ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>searched back to {when}; Load more to search further back.</source>
        <translation>dicari mundur sampai {when}; Muat lagi untuk mencari lebih jauh.</translation>
    </message>
    <message>
        <source>older records with Load more.</source>
        <translation>catatan yang lebih lama dengan Muat lagi.</translation>
    </message>
    <message>
        <source>no older records match.</source>
        <translation>tidak ada catatan lebih lama yang cocok.</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>Memeriksa jejak audit</translation>
    </message>
    <message>
        <source>Reading every record of the audit trail…</source>
        <translation>Membaca setiap catatan jejak audit…</translation>
    </message>
    <message>
        <source>The check could not be finished: {error}</source>
        <translation>Pemeriksaan tidak dapat diselesaikan: {error}</translation>
    </message>
    <message>
        <source>Checked at {time}: the trail is intact — {count} records, none changed or removed outside the program.</source>
        <translation>Diperiksa pukul {time}: jejak audit utuh — {count} catatan, tidak ada yang diubah atau dihapus di luar program.</translation>
    </message>
    <message numerus="yes">
        <source>Checked at {time}: the trail was changed outside the program at %n place(s), shown in red ({count} records read). Choose one to see it:</source>
        <translation>
            <numerusform>Diperiksa pukul {time}: jejak audit diubah di luar program di %n tempat, ditandai merah ({count} catatan dibaca). Pilih untuk melihatnya:</numerusform>
        </translation>
    </message>
    <message>
        <source>Record {first}, the newest, was removed outside the program (the trail now ends before it)</source>
        <translation>Catatan {first}, yang terbaru, dihapus di luar program (jejak audit kini berakhir sebelum catatan itu)</translation>
    </message>
    <message>
        <source>Records {first}–{last}, the newest, were removed outside the program (the trail now ends before them)</source>
        <translation>Catatan {first}–{last}, yang terbaru, dihapus di luar program (jejak audit kini berakhir sebelum catatan-catatan itu)</translation>
    </message>
    <message>
        <source>Record {number} was changed outside the program</source>
        <translation>Catatan {number} diubah di luar program</translation>
    </message>
    <message>
        <source>Record {first} was removed outside the program (the chain breaks at {number})</source>
        <translation>Catatan {first} dihapus di luar program (rantai putus di {number})</translation>
    </message>
    <message>
        <source>Records {first}–{last} were removed outside the program (the chain breaks at {number})</source>
        <translation>Catatan {first}–{last} dihapus di luar program (rantai putus di {number})</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>{when} ({why}), {size} — {file}</source>
        <translation>{when} ({why}), {size} — {file}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The books were backed up to {file} ({size}).</source>
        <translation>Buku kantor sudah dicadangkan ke {file} ({size}).</translation>
    </message>
    <message>
        <source>The folder {wanted} was not found, so the backup went to the program&apos;s own folder. Plug in the USB drive and back up again to have a copy off this computer.</source>
        <translation>Folder {wanted} tidak ditemukan, jadi cadangan disimpan di folder milik program. Pasang flashdisk lalu cadangkan lagi agar ada salinan di luar komputer ini.</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Mencadangkan</translation>
    </message>
    <message>
        <source>Backing up the books…</source>
        <translation>Mencadangkan buku kantor…</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Cadangan tidak dibuat</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>Tidak ada cadangan yang dibuat.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Tidak dapat dipulihkan</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Reading the backup whole…</source>
        <translation>Membaca seluruh isi cadangan…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Berdaya backups (*.sqlite3);;All files (*)</source>
        <translation>Cadangan Berdaya (*.sqlite3);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Check the books</source>
        <translation>Periksa buku kantor</translation>
    </message>
    <message>
        <source>Checking the books…</source>
        <translation>Memeriksa buku kantor…</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Cadangan otomatis yang disimpan</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>terbaru</translation>
    </message>
    <message>
        <source>Remind when no backup for</source>
        <translation>Ingatkan bila tidak ada cadangan selama</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Cadangan baik terakhir</translation>
    </message>
    <message>
        <source>A backup is made every day after the first login and when Berdaya closes; the oldest automatic ones are removed. Backups made by hand or before a restore are never removed. When the folder is missing (the USB drive is not plugged in) the backup goes to the program&apos;s own folder.</source>
        <translation>Cadangan dibuat setiap hari setelah login pertama dan saat Berdaya ditutup; cadangan otomatis yang paling lama dihapus. Cadangan yang dibuat sendiri atau sebelum pemulihan tidak pernah dihapus. Bila folder tidak ada (flashdisk tidak terpasang), cadangan disimpan di folder milik program.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>The program&apos;s folder</source>
        <translation>Folder program</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>The program&apos;s own folder: {folder}</source>
        <translation>Folder milik program: {folder}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Pilih folder cadangan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>BandBars</name>
    <message>
        <source>Then</source>
        <translation>Awal</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>no households to compare</source>
        <translation>tidak ada keluarga untuk dibandingkan</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the application</source>
        <translation>Batalkan pengajuan</translation>
    </message>
    <message>
        <source>The application stays in the list, marked as cancelled.</source>
        <translation>Pengajuan tetap ada di daftar dengan tanda dibatalkan.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>for example: the group no longer needs the loan</source>
        <translation>misalnya: kelompok tidak lagi membutuhkan pinjaman</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Print member cards</source>
        <translation>Cetak kartu anggota</translation>
    </message>
    <message>
        <source>Cards for:</source>
        <translation>Kartu untuk:</translation>
    </message>
    <message numerus="yes">
        <source>The selected member(s) (%n)</source>
        <translation>
            <numerusform>Anggota yang dipilih (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every active member of the group</source>
        <translation>Semua anggota aktif kelompok</translation>
    </message>
    <message numerus="yes">
        <source>Everyone in the list (%n)</source>
        <translation>
            <numerusform>Semua anggota dalam daftar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Make the cards</source>
        <translation>Buat kartu</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Kartu anggota</translation>
    </message>
</context>
<context>
    <name>CashBookTab</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>No. bukti</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>In (Rp)</source>
        <translation>Masuk (Rp)</translation>
    </message>
    <message>
        <source>Out (Rp)</source>
        <translation>Keluar (Rp)</translation>
    </message>
    <message>
        <source>Balance (Rp)</source>
        <translation>Saldo (Rp)</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation>Bulan sebelumnya</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>Bulan berikutnya</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Cash in the drawer</source>
        <translation>Kas tunai</translation>
    </message>
    <message>
        <source>Bank (transfers)</source>
        <translation>Bank (transfer)</translation>
    </message>
    <message>
        <source>Daily totals</source>
        <translation>Jumlah per hari</translation>
    </message>
    <message>
        <source>Other income…</source>
        <translation>Pendapatan lain…</translation>
    </message>
    <message>
        <source>Office expense…</source>
        <translation>Biaya kantor…</translation>
    </message>
    <message>
        <source>Cash to the bank…</source>
        <translation>Setor ke bank…</translation>
    </message>
    <message>
        <source>Cash from the bank…</source>
        <translation>Ambil dari bank…</translation>
    </message>
    <message>
        <source>Opening balance…</source>
        <translation>Saldo awal kas…</translation>
    </message>
    <message>
        <source>Bank opening balance…</source>
        <translation>Saldo awal bank…</translation>
    </message>
    <message>
        <source>Reverse the entry…</source>
        <translation>Batalkan transaksi…</translation>
    </message>
    <message>
        <source>Print the book…</source>
        <translation>Cetak buku kas…</translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <translation>Saldo awal</translation>
    </message>
    <message>
        <source>Balance carried forward</source>
        <translation>Saldo akhir</translation>
    </message>
    <message>
        <source>Total of {date}</source>
        <translation>Jumlah {date}</translation>
    </message>
    <message>
        <source>[reversed by {number}]</source>
        <translation>[dibatalkan oleh {number}]</translation>
    </message>
    <message>
        <source>[reversal waiting for approval, request {number}]</source>
        <translation>[pembatalan menunggu persetujuan, permintaan {number}]</translation>
    </message>
    <message>
        <source>Enter the first and the last day.</source>
        <translation>Isi tanggal awal dan tanggal akhir.</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>Tanggal awal sesudah tanggal akhir.</translation>
    </message>
    <message>
        <source>Opening {amount}</source>
        <translation>Saldo awal {amount}</translation>
    </message>
    <message>
        <source>in {amount}</source>
        <translation>masuk {amount}</translation>
    </message>
    <message>
        <source>out {amount}</source>
        <translation>keluar {amount}</translation>
    </message>
    <message>
        <source>closing {amount}</source>
        <translation>saldo akhir {amount}</translation>
    </message>
    <message>
        <source>closed up to {date}</source>
        <translation>buku ditutup sampai {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n transaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>The reversal of {number} already waits for approval as request {request}.</source>
        <translation>Pembatalan {number} sudah menunggu persetujuan sebagai permintaan {request}.</translation>
    </message>
</context>
<context>
    <name>CashCountTab</name>
    <message>
        <source>matches the book</source>
        <translation>cocok dengan buku</translation>
    </message>
    <message>
        <source>{amount} over</source>
        <translation>lebih {amount}</translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation>kurang {amount}</translation>
    </message>
    <message>
        <source>The book changed after the count: when counted it said {amount} ({difference}).</source>
        <translation>Buku berubah sesudah kas dihitung: saat dihitung, saldo buku {amount} ({difference}).</translation>
    </message>
    <message>
        <source>Counts saved</source>
        <translation>Hasil hitung kas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Counted
(Rp)</source>
        <translation>Dihitung
(Rp)</translation>
    </message>
    <message>
        <source>Book
(Rp)</source>
        <translation>Saldo buku
(Rp)</translation>
    </message>
    <message>
        <source>Difference
(Rp)</source>
        <translation>Selisih
(Rp)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Hitungan</translation>
    </message>
    <message>
        <source>recount</source>
        <translation>ulang</translation>
    </message>
    <message>
        <source>first</source>
        <translation>pertama</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>Hitung uang di laci</translation>
    </message>
    <message>
        <source>End of the day</source>
        <translation>Akhir hari</translation>
    </message>
    <message>
        <source>Note or coin</source>
        <translation>Pecahan</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Lembar/keping</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Count as a total instead</source>
        <translation>Isi jumlahnya saja</translation>
    </message>
    <message>
        <source>Total counted (Rp)</source>
        <translation>Jumlah dihitung (Rp)</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>The book at the end of the day</source>
        <translation>Saldo buku akhir hari</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>what explains a difference</source>
        <translation>penjelasan bila ada selisih</translation>
    </message>
    <message>
        <source>Save the count</source>
        <translation>Simpan hitungan</translation>
    </message>
    <message>
        <source>book when counted {amount}</source>
        <translation>saldo buku saat dihitung {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n count(s) shown</source>
        <translation>
            <numerusform>%n hitungan ditampilkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a difference</source>
        <translation>
            <numerusform>%n dengan selisih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the book changed after %n count(s)</source>
        <translation>
            <numerusform>buku berubah sesudah %n hitungan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashDialogs</name>
    <message>
        <source>Bank book</source>
        <translation>Buku bank</translation>
    </message>
    <message>
        <source>Cash book</source>
        <translation>Buku kas</translation>
    </message>
    <message>
        <source>The bank&apos;s opening balance was entered on {date} as {number}; reverse that entry to enter another.</source>
        <translation>Saldo awal bank sudah dicatat pada {date} sebagai {number}; batalkan transaksi itu untuk mencatat yang lain.</translation>
    </message>
    <message>
        <source>The opening balance was entered on {date} as {number}; reverse that entry to enter another.</source>
        <translation>Saldo awal kas sudah dicatat pada {date} sebagai {number}; batalkan transaksi itu untuk mencatat yang lain.</translation>
    </message>
    <message>
        <source>An opening balance is dated on or before the first day with money, {date}, and the books are closed up to {closed}.</source>
        <translation>Saldo awal bertanggal pada atau sebelum hari pertama ada transaksi, {date}, sedangkan buku sudah ditutup sampai {closed}.</translation>
    </message>
</context>
<context>
    <name>CashEntryDialog</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Catat</translation>
    </message>
    <message>
        <source>The cash the office held before its first entry in the books. It is entered once, dated on or before the first day with money.</source>
        <translation>Uang tunai yang ada di kantor sebelum transaksi pertama di buku. Dicatat sekali, bertanggal pada atau sebelum hari pertama ada transaksi.</translation>
    </message>
    <message>
        <source>What the office&apos;s bank account held before its first entry in the books, as the passbook shows. It is entered once, dated on or before the first day with money; it is the bank book&apos;s opening, not money received.</source>
        <translation>Isi rekening bank kantor sebelum transaksi pertamanya di buku, sesuai buku tabungan. Dicatat sekali, bertanggal pada atau sebelum hari pertama ada uang; ini saldo awal buku bank, bukan penerimaan.</translation>
    </message>
    <message>
        <source>Money the office received that is neither savings nor a loan payment.</source>
        <translation>Uang yang diterima kantor di luar simpanan dan angsuran pinjaman.</translation>
    </message>
    <message>
        <source>Money the office paid for its own running: stationery, electricity, transport, a meeting&apos;s snacks. Keep the receipt with the voucher.</source>
        <translation>Uang yang dibayar kantor untuk keperluannya sendiri: alat tulis, listrik, transport, konsumsi rapat. Simpan nota bersama bukti kas.</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer and paid into the office&apos;s bank account.</source>
        <translation>Uang tunai yang diambil dari laci dan disetor ke rekening bank kantor.</translation>
    </message>
    <message>
        <source>Cash drawn from the office&apos;s bank account into the drawer.</source>
        <translation>Uang yang diambil dari rekening bank kantor ke kas tunai.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>for example: sale of passbooks</source>
        <translation>misalnya: penjualan buku simpanan</translation>
    </message>
    <message>
        <source>for example: paper and printer ink</source>
        <translation>misalnya: kertas dan tinta printer</translation>
    </message>
    <message>
        <source>for example: deposit slip number</source>
        <translation>misalnya: nomor slip setoran</translation>
    </message>
    <message>
        <source>for example: cheque number</source>
        <translation>misalnya: nomor cek</translation>
    </message>
    <message>
        <source>for example: passbook balance of 28/02/2025</source>
        <translation>misalnya: saldo buku tabungan 28/02/2025</translation>
    </message>
    <message>
        <source>Cash in the drawer at the end of {date}: {amount}</source>
        <translation>Uang kas pada akhir {date}: {amount}</translation>
    </message>
    <message>
        <source>In the bank book at the end of {date}: {amount}</source>
        <translation>Saldo buku bank pada akhir {date}: {amount}</translation>
    </message>
</context>
<context>
    <name>CashPage</name>
    <message>
        <source>Cash book</source>
        <translation>Buku kas</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>Hitung kas</translation>
    </message>
    <message>
        <source>Closing the month</source>
        <translation>Tutup buku</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Baris yang tidak akan diimpor</translation>
    </message>
    <message>
        <source>Save this list…</source>
        <translation>Simpan daftar ini…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Rows ready to import</source>
        <translation>Baris yang siap diimpor</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Nomor anggota</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(baru)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>JK</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>Tanggal bergabung</translation>
    </message>
    <message>
        <source>(chosen group)</source>
        <translation>(kelompok yang dipilih)</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (baru)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n baris dapat diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be left out; correct them in the file and import them later.</source>
        <translation>
            <numerusform>%n baris bermasalah dan tidak akan diimpor; perbaiki baris itu di berkasnya, lalu impor nanti.</numerusform>
        </translation>
    </message>
    <message>
        <source>New groups will be registered: {names}.</source>
        <translation>Kelompok baru yang akan didaftarkan: {names}.</translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation>Simpan baris yang bermasalah</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>The list could not be written there. If the file is open in Excel, close it and try again.</source>
        <translation>Daftar tidak dapat disimpan di sana. Jika berkas itu sedang terbuka di Excel, tutup dulu, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>Check of the books</source>
        <translation>Pemeriksaan buku kantor</translation>
    </message>
    <message>
        <source>The books are in order.</source>
        <translation>Buku kantor dalam keadaan baik.</translation>
    </message>
    <message>
        <source>The books need attention: see the lines in red.</source>
        <translation>Buku kantor perlu perhatian: lihat baris berwarna merah.</translation>
    </message>
    <message>
        <source>Someone changed the books outside Berdaya, or the disk is failing. Keep this report, do not post money until it is understood, and ask the administrator: restoring the last good backup may be needed.</source>
        <translation>Ada yang mengubah buku kantor di luar Berdaya, atau disk mulai rusak. Simpan laporan ini, jangan membukukan uang sampai penyebabnya jelas, dan hubungi administrator: mungkin perlu memulihkan cadangan terakhir yang baik.</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Salin laporan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>CloseMonthDialog</name>
    <message>
        <source>Close the month</source>
        <translation>Tutup buku</translation>
    </message>
    <message>
        <source>Close the books of &lt;b&gt;{months}&lt;/b&gt;?</source>
        <translation>Tutup buku &lt;b&gt;{months}&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>Nothing dated up to {date} can then be posted or reversed: savings, loan payments and disbursements, collection sheets, cash book entries and cash counts. The month&apos;s figures are kept as they stand now. Only the administrator can reopen a closed month.</source>
        <translation>Sesudah itu tidak ada yang bertanggal sampai {date} dapat dicatat atau dibatalkan: simpanan, angsuran dan pencairan pinjaman, lembar setoran, transaksi buku kas dan hitung kas. Angka bulan ini disimpan seperti sekarang. Hanya administrator yang dapat membuka kembali bulan yang sudah ditutup.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>for example: checked against the bank statement</source>
        <translation>misalnya: sudah dicocokkan dengan rekening koran</translation>
    </message>
    <message>
        <source>Close the books</source>
        <translation>Tutup buku</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>Choose a group and the date of its meeting.</source>
        <translation>Pilih kelompok dan tanggal rapatnya.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Daftar setoran</translation>
    </message>
    <message>
        <source>Sheets of the group</source>
        <translation>Daftar setoran kelompok</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Choose a group…</source>
        <translation>Pilih kelompok…</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Tanggal rapat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Type an amount to replace what is shown · Enter: the next member, same column · Tab: the next cell along the row (Shift goes back) · Delete: 0 · Attendance: H present, T late, I excused, A absent · After the last cell: the cash counted · Ctrl+S saves the draft, Ctrl+Enter posts</source>
        <translation>Ketik jumlah untuk mengganti isian · Enter: anggota berikutnya, kolom yang sama · Tab: sel berikutnya di baris (Shift mundur) · Delete: 0 · Kehadiran: H hadir, T terlambat, I izin, A absen · Sesudah sel terakhir: uang yang dihitung · Ctrl+S simpan draf, Ctrl+Enter bukukan</translation>
    </message>
    <message>
        <source>Cash counted (Rp)</source>
        <translation>Uang dihitung (Rp)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Simpan draf (Ctrl+S)</translation>
    </message>
    <message>
        <source>Post the sheet (Ctrl+Enter)</source>
        <translation>Bukukan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Print all receipts…</source>
        <translation>Cetak semua kuitansi…</translation>
    </message>
    <message>
        <source>Print meeting record…</source>
        <translation>Cetak berita acara rapat…</translation>
    </message>
    <message>
        <source>Print collection sheet…</source>
        <translation>Cetak daftar setoran…</translation>
    </message>
    <message>
        <source>Reverse the sheet…</source>
        <translation>Batalkan daftar setoran…</translation>
    </message>
    <message>
        <source>Delete the draft…</source>
        <translation>Hapus draf…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Money in (Rp)</source>
        <translation>Uang masuk (Rp)</translation>
    </message>
    <message>
        <source>Money out (Rp)</source>
        <translation>Uang keluar (Rp)</translation>
    </message>
    <message>
        <source>Net (Rp)</source>
        <translation>Bersih (Rp)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Enter or a double click opens a sheet. A reversed sheet is kept here; its day can be entered again.</source>
        <translation>Enter atau klik dua kali membuka daftar setoran. Daftar yang dibatalkan tetap di sini; harinya dapat diisi lagi.</translation>
    </message>
    <message>
        <source>Leave the sheet</source>
        <translation>Tinggalkan daftar setoran</translation>
    </message>
    <message>
        <source>The sheet of {group} for {date} has changes that are not saved. Leave them?</source>
        <translation>Daftar setoran {group} tanggal {date} punya perubahan yang belum disimpan. Tinggalkan?</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Tinggalkan</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n anggota</numerusform>
        </translation>
    </message>
    <message>
        <source>Posted by {user} on {when}. A posted sheet is not changed; it can be reversed as a whole.</source>
        <translation>Dibukukan oleh {user} pada {when}. Daftar yang sudah dibukukan tidak diubah; hanya dapat dibatalkan seluruhnya.</translation>
    </message>
    <message>
        <source>Reversed: {reason}. The sheet is kept as it was posted; open the day again to enter it anew.</source>
        <translation>Dibatalkan: {reason}. Daftar disimpan seperti saat dibukukan; buka lagi harinya untuk mengisi ulang.</translation>
    </message>
    <message>
        <source>Draft started by {user}, not posted yet.</source>
        <translation>Draf dimulai oleh {user}, belum dibukukan.</translation>
    </message>
    <message>
        <source>The group has no active members on this date.</source>
        <translation>Kelompok tidak punya anggota aktif pada tanggal ini.</translation>
    </message>
    <message>
        <source>New sheet, filled in with what is due; nothing is saved yet.</source>
        <translation>Daftar baru, diisi dengan yang jatuh tempo; belum ada yang disimpan.</translation>
    </message>
    <message>
        <source>Your role may look at sheets but not fill them in.</source>
        <translation>Peran Anda hanya boleh melihat daftar setoran, tidak mengisinya.</translation>
    </message>
    <message>
        <source>In {money_in} (wajib {wajib}, sukarela {sukarela}, installments {installments}) · Out {money_out} · Cash to count {net} · Present {present} of {members}</source>
        <translation>Masuk {money_in} (wajib {wajib}, sukarela {sukarela}, angsuran {installments}) · Keluar {money_out} · Uang yang harus ada {net} · Hadir {present} dari {members}</translation>
    </message>
    <message>
        <source>Count the cash and enter it: the sheet comes to {net}.</source>
        <translation>Hitung uang dan isi jumlahnya: daftar berjumlah {net}.</translation>
    </message>
    <message>
        <source>Matches the sheet: {net}.</source>
        <translation>Cocok dengan daftar: {net}.</translation>
    </message>
    <message>
        <source>{difference} short: the sheet comes to {net}, {counted} was counted.</source>
        <translation>Kurang {difference}: daftar berjumlah {net}, uang dihitung {counted}.</translation>
    </message>
    <message>
        <source>{difference} over: the sheet comes to {net}, {counted} was counted.</source>
        <translation>Lebih {difference}: daftar berjumlah {net}, uang dihitung {counted}.</translation>
    </message>
    <message>
        <source>Posting waits until the cash counted matches the sheet.</source>
        <translation>Pembukuan menunggu sampai uang yang dihitung cocok dengan daftar.</translation>
    </message>
    <message>
        <source>Enter the cash counted; it must match the sheet.</source>
        <translation>Isi uang yang dihitung; harus cocok dengan daftar.</translation>
    </message>
    <message>
        <source>Post the sheet</source>
        <translation>Bukukan daftar setoran</translation>
    </message>
    <message numerus="yes">
        <source>Post the sheet of {group} for {date}: %n member(s), {net} in cash? Posted money is not changed afterwards; the sheet can only be reversed as a whole.</source>
        <translation>
            <numerusform>Bukukan daftar setoran {group} tanggal {date}: %n anggota, uang tunai {net}? Uang yang sudah dibukukan tidak diubah lagi; daftar hanya dapat dibatalkan seluruhnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Bukukan</translation>
    </message>
    <message>
        <source>Nothing was posted. Row {row}, {name}: {message}</source>
        <translation>Tidak ada yang dibukukan. Baris {row}, {name}: {message}</translation>
    </message>
    <message>
        <source>The draft of this sheet was deleted on another computer. What is typed here is still shown but no longer saved: Save draft keeps it as a new draft.</source>
        <translation>Draf lembar ini dihapus di komputer lain. Yang sudah diketik di sini masih tampil tetapi tidak tersimpan lagi: Simpan draf menyimpannya sebagai draf baru.</translation>
    </message>
    <message>
        <source>Not saved: the draft was deleted on another computer.</source>
        <translation>Belum tersimpan: draf ini dihapus di komputer lain.</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <source>Delete the draft sheet of {group} for {date}? What was typed on it is lost; no money was posted from it.</source>
        <translation>Hapus draf lembar {group} tanggal {date}? Isian pada lembar itu hilang; belum ada uang yang dibukukan darinya.</translation>
    </message>
    <message>
        <source>The draft had already been deleted on another computer.</source>
        <translation>Draf ini sudah dihapus di komputer lain.</translation>
    </message>
    <message>
        <source>Collection sheet</source>
        <translation>Daftar setoran</translation>
    </message>
    <message>
        <source>Meeting record</source>
        <translation>Berita acara rapat</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Then
(households)</source>
        <translation>Awal
(keluarga)</translation>
    </message>
    <message>
        <source>Then
(share)</source>
        <translation>Awal
(persen)</translation>
    </message>
    <message>
        <source>Now
(households)</source>
        <translation>Sekarang
(keluarga)</translation>
    </message>
    <message>
        <source>Now
(share)</source>
        <translation>Sekarang
(persen)</translation>
    </message>
    <message>
        <source>Then: the household&apos;s last survey on or before the day it came in (joined the office or the group, or the program&apos;s first session), or its first within 90 days after. Now: its latest survey since, up to the day chosen. Each household is counted once.</source>
        <translation>Awal: survei terakhir keluarga pada atau sebelum hari keluarga itu masuk (bergabung dengan kantor atau kelompok, atau sesi pertama program), atau survei pertamanya dalam 90 hari sesudahnya. Sekarang: survei terbarunya sejak itu, sampai tanggal yang dipilih. Setiap keluarga dihitung satu kali.</translation>
    </message>
    <message>
        <source>Households of</source>
        <translation>Keluarga anggota</translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation>seluruh kantor</translation>
    </message>
    <message>
        <source>a group</source>
        <translation>kelompok</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>as they stood on</source>
        <translation>keadaan per tanggal</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>By welfare band</source>
        <translation>Menurut kategori kesejahteraan</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Awal</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>Households
with the data</source>
        <translation>Keluarga
yang ada datanya</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>up</source>
        <translation>naik</translation>
    </message>
    <message>
        <source>same</source>
        <translation>tetap</translation>
    </message>
    <message>
        <source>down</source>
        <translation>turun</translation>
    </message>
    <message>
        <source>Double-click a group to see it alone.</source>
        <translation>Klik dua kali sebuah kelompok untuk melihat kelompok itu saja.</translation>
    </message>
    <message>
        <source>Compared /
households</source>
        <translation>Dibandingkan /
keluarga</translation>
    </message>
    <message>
        <source>{band}
then → now</source>
        <translation>{band}
awal → sekarang</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Tetap</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Sebelum dan sesudah</translation>
    </message>
    <message>
        <source>Comparing the households…</source>
        <translation>Membandingkan keluarga…</translation>
    </message>
    <message>
        <source>Choose a group or a program.</source>
        <translation>Pilih kelompok atau program.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) compared</source>
        <translation>
            <numerusform>%n keluarga dibandingkan</numerusform>
        </translation>
    </message>
    <message>
        <source>{missing} of {households} cannot be compared yet</source>
        <translation>{missing} dari {households} belum dapat dibandingkan</translation>
    </message>
    <message>
        <source>From then to now: &lt;b&gt;{up}&lt;/b&gt; moved up a band, &lt;b&gt;{same}&lt;/b&gt; stayed in theirs, &lt;b&gt;{down}&lt;/b&gt; moved down.</source>
        <translation>Dari awal sampai sekarang: &lt;b&gt;{up}&lt;/b&gt; naik kategori, &lt;b&gt;{same}&lt;/b&gt; tetap di kategorinya, &lt;b&gt;{down}&lt;/b&gt; turun kategori.</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>Menurut tingkat</translation>
    </message>
    <message>
        <source>Not comparable ({n})</source>
        <translation>Tidak dapat dibandingkan ({n})</translation>
    </message>
    <message>
        <source>Compared ({n})</source>
        <translation>Dibandingkan ({n})</translation>
    </message>
    <message>
        <source>Groups side by side ({n})</source>
        <translation>Perbandingan antarkelompok ({n})</translation>
    </message>
    <message>
        <source>Average income a month</source>
        <translation>Rata-rata pendapatan per bulan</translation>
    </message>
    <message>
        <source>Business running or growing</source>
        <translation>Usaha berjalan atau berkembang</translation>
    </message>
    <message>
        <source>Good housing</source>
        <translation>Rumah dalam kondisi baik</translation>
    </message>
    <message>
        <source>Children of school age in school</source>
        <translation>Anak usia sekolah yang bersekolah</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <translation>Pilih dari kalender</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Approve the loan</source>
        <translation>Setujui pinjaman</translation>
    </message>
    <message>
        <source>Reject the application</source>
        <translation>Tolak pengajuan</translation>
    </message>
    <message>
        <source>Applied on {date} by {user}.</source>
        <translation>Diajukan pada {date} oleh {user}.</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Tujuan: {purpose}</translation>
    </message>
    <message>
        <source>You entered this application; someone else must approve it.</source>
        <translation>Anda yang memasukkan pengajuan ini; orang lain yang harus menyetujuinya.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Catatan (boleh dikosongkan)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Approve…</source>
        <translation>Setujui…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tarik kembali</translation>
    </message>
    <message>
        <source>Choose a request in the list.</source>
        <translation>Pilih permintaan di daftar.</translation>
    </message>
    <message>
        <source>Request {number}: {action}</source>
        <translation>Permintaan {number}: {action}</translation>
    </message>
    <message>
        <source>Asked by {user} on {when}.</source>
        <translation>Diminta oleh {user} pada {when}.</translation>
    </message>
    <message>
        <source>{status} by {user} on {when}.</source>
        <translation>{status} oleh {user} pada {when}.</translation>
    </message>
    <message>
        <source>Approving carries it out as asked; rejecting needs a reason.</source>
        <translation>Jika disetujui, tindakan dijalankan seperti yang diminta; penolakan harus disertai alasan.</translation>
    </message>
    <message>
        <source>Waiting for approval by {roles}, other than you. You may withdraw it while it waits.</source>
        <translation>Menunggu persetujuan {roles} selain Anda. Anda dapat menariknya kembali selama masih menunggu.</translation>
    </message>
    <message>
        <source>Waiting for {roles}, other than {user}.</source>
        <translation>Menunggu {roles} selain {user}.</translation>
    </message>
</context>
<context>
    <name>DevelopmentPage</name>
    <message>
        <source>Group history</source>
        <translation>Riwayat kelompok</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Sessions and attendance</source>
        <translation>Sesi dan kehadiran</translation>
    </message>
    <message>
        <source>Mentoring visits</source>
        <translation>Kunjungan pendampingan</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Household welfare</source>
        <translation>Kesejahteraan keluarga</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>The books are damaged</source>
        <translation>Buku kantor rusak</translation>
    </message>
    <message>
        <source>The books file is damaged ({detail}): parts of it cannot be read. Do not go on working in it. Close Berdaya and start it again to restore the last backup or open another file.</source>
        <translation>Berkas buku kantor rusak ({detail}): sebagian isinya tidak dapat dibaca. Jangan lanjutkan bekerja di dalamnya. Tutup Berdaya lalu buka lagi untuk memulihkan cadangan terakhir atau membuka berkas lain.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What was already saved is safe; the last action may not have been completed. Please check it and try again.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman, tetapi tindakan terakhir mungkin belum selesai. Silakan periksa, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>Rinciannya dicatat di {path}.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>Sent for approval</source>
        <translation>Dikirim untuk persetujuan</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kuitansi</translation>
    </message>
</context>
<context>
    <name>DisburseDialog</name>
    <message>
        <source>Disburse the loan</source>
        <translation>Cairkan pinjaman</translation>
    </message>
    <message>
        <source>{pool} — {available} available</source>
        <translation>{pool} — tersedia {available}</translation>
    </message>
    <message>
        <source>From the pool</source>
        <translation>Dari dana bergulir</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>Tanggal pencairan</translation>
    </message>
    <message>
        <source>The admin fee of {fee} is paid back into the pool.</source>
        <translation>Biaya administrasi {fee} masuk kembali ke dana bergulir.</translation>
    </message>
    <message>
        <source>The installments are due from one period after this day.</source>
        <translation>Angsuran jatuh tempo mulai satu periode setelah tanggal ini.</translation>
    </message>
    <message>
        <source>Print the disbursement record (berita acara) afterwards</source>
        <translation>Cetak berita acara penyaluran sesudahnya</translation>
    </message>
    <message>
        <source>Disburse</source>
        <translation>Cairkan</translation>
    </message>
    <message>
        <source>No pool is open yet; the treasurer opens one on the Pools tab.</source>
        <translation>Belum ada dana bergulir yang dibuka; bendahara membukanya di tab Dana bergulir.</translation>
    </message>
    <message>
        <source>Not enough in this pool for {amount}.</source>
        <translation>Dana bergulir ini tidak cukup untuk {amount}.</translation>
    </message>
    <message>
        <source>Left in the pool afterwards: {left}</source>
        <translation>Sisa di dana bergulir sesudahnya: {left}</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>&lt;b&gt;{text}&lt;/b&gt;&lt;br&gt;{group} · agreed at the visit of {visit}, due {due}</source>
        <translation>&lt;b&gt;{text}&lt;/b&gt;&lt;br&gt;{group} · disepakati pada kunjungan tanggal {visit}, batas waktu {due}</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Yang dikerjakan</translation>
    </message>
    <message>
        <source>optional, for example: the cash book is filled in up to May</source>
        <translation>boleh dikosongkan, misalnya: buku kas sudah diisi sampai Mei</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Tandai selesai</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your role ({role}) may not do this. Ask a user who may.</source>
        <translation>Peran Anda ({role}) tidak berwenang melakukan ini. Mintalah pengguna yang berwenang.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Kata sandi harus terdiri dari sedikitnya {n} karakter.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah. Periksa, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This user has been deactivated. Ask the administrator.</source>
        <translation>Pengguna ini sudah dinonaktifkan. Hubungi administrator.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Isi nama lengkap.</translation>
    </message>
    <message>
        <source>The books {path} were not found. If they are on a USB drive or a network folder, plug it in or connect it and choose Try again. Otherwise restore the last backup or open another file.</source>
        <translation>Buku kantor {path} tidak ditemukan. Jika tersimpan di flashdisk atau folder jaringan, pasang atau sambungkan lalu pilih Coba lagi. Jika tidak, pulihkan cadangan terakhir atau buka berkas lain.</translation>
    </message>
    <message>
        <source>The file {path} is damaged or is not a database, so it cannot be opened safely. Restore the last backup (the damaged file is kept aside), or open another file.</source>
        <translation>Berkas {path} rusak atau bukan basis data, sehingga tidak dapat dibuka dengan aman. Pulihkan cadangan terakhir (berkas yang rusak disimpan terpisah), atau buka berkas lain.</translation>
    </message>
    <message>
        <source>The books {path} cannot be written: the file or its folder is read-only (a write-protected USB drive, a CD, or a folder you may not change). Remove the protection or copy the file to a folder you may write in, then choose Try again.</source>
        <translation>Buku kantor {path} tidak dapat ditulisi: berkas atau foldernya hanya-baca (flashdisk yang dikunci, CD, atau folder yang tidak boleh Anda ubah). Lepaskan kuncinya atau salin berkas ke folder yang boleh ditulisi, lalu pilih Coba lagi.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: only {free} is free. Delete files you no longer need or empty the Recycle Bin, then choose Try again.</source>
        <translation>Disk tempat {path} sudah penuh: hanya tersisa {free}. Hapus berkas yang tidak diperlukan atau kosongkan Recycle Bin, lalu pilih Coba lagi.</translation>
    </message>
    <message>
        <source>The books {path} are busy in another program or on another PC (perhaps a backup or a restore). Wait a moment, then choose Try again.</source>
        <translation>Buku kantor {path} sedang dipakai program lain atau di komputer lain (mungkin sedang dicadangkan atau dipulihkan). Tunggu sebentar, lalu pilih Coba lagi.</translation>
    </message>
    <message>
        <source>The file {path} was written by a newer version of this program (books version {found}; this program reads up to {current}). Install the newer version to open it, or open another file.</source>
        <translation>Berkas {path} ditulis oleh versi program yang lebih baru (versi buku kantor {found}; program ini hanya membaca sampai versi {current}). Pasang versi yang lebih baru untuk membukanya, atau buka berkas lain.</translation>
    </message>
    <message>
        <source>The file {path} is a database of another program, not Berdaya books. Open another file.</source>
        <translation>Berkas {path} adalah basis data program lain, bukan buku kantor Berdaya. Buka berkas lain.</translation>
    </message>
    <message>
        <source>These books already have an administrator. Log in instead.</source>
        <translation>Buku kantor ini sudah memiliki administrator. Silakan masuk dengan akun yang ada.</translation>
    </message>
    <message>
        <source>The date {text} does not exist. Check the day and the month.</source>
        <translation>Tanggal {text} tidak ada. Periksa tanggal dan bulannya.</translation>
    </message>
    <message>
        <source>Cannot read the date {text}. Write it like 22/11/2026.</source>
        <translation>Tanggal {text} tidak terbaca. Tulis seperti 22/11/2026.</translation>
    </message>
    <message>
        <source>The file {path} already holds books. The demo office is built only in a new file.</source>
        <translation>Berkas {path} sudah berisi buku kantor. Kantor demo hanya dibuat di berkas baru.</translation>
    </message>
    <message>
        <source>RT and RW are numbers of up to 3 digits.</source>
        <translation>RT dan RW berupa angka, paling banyak 3 digit.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>Isi nama kelompok.</translation>
    </message>
    <message>
        <source>The name may have at most {n} characters.</source>
        <translation>Nama paling banyak {n} karakter. Persingkat namanya.</translation>
    </message>
    <message>
        <source>Choose the kind of group.</source>
        <translation>Pilih jenis kelompok.</translation>
    </message>
    <message>
        <source>The date formed cannot be in the future.</source>
        <translation>Tanggal dibentuk tidak boleh setelah hari ini.</translation>
    </message>
    <message>
        <source>Enter the kelurahan (or desa).</source>
        <translation>Isi kelurahan (atau desa).</translation>
    </message>
    <message>
        <source>The instrument needs at least one area to score.</source>
        <translation>Instrumen penilaian harus memiliki sedikitnya satu aspek yang dinilai.</translation>
    </message>
    <message>
        <source>Every area needs a short code and a name.</source>
        <translation>Isi kode singkat dan nama setiap aspek.</translation>
    </message>
    <message>
        <source>An area&apos;s code takes at most {code} characters and its name at most {name}.</source>
        <translation>Kode aspek paling banyak {code} karakter dan namanya paling banyak {name} karakter.</translation>
    </message>
    <message>
        <source>The area code {code} is used twice. Give each area its own code.</source>
        <translation>Kode aspek {code} dipakai dua kali. Beri setiap aspek kodenya sendiri.</translation>
    </message>
    <message>
        <source>The score range of {area} must go from a lower to a higher number between 0 and 1000.</source>
        <translation>Rentang skor {area} harus dari angka yang lebih kecil ke angka yang lebih besar, antara 0 dan 1000.</translation>
    </message>
    <message>
        <source>The instrument needs at least two classes.</source>
        <translation>Instrumen penilaian harus memiliki sedikitnya dua kelas.</translation>
    </message>
    <message>
        <source>Every class needs its own short code, for example A, B, C, D.</source>
        <translation>Setiap kelas harus memiliki kode singkatnya sendiri, misalnya A, B, C, D.</translation>
    </message>
    <message>
        <source>A class&apos;s code takes at most {code} characters and its name at most {name}.</source>
        <translation>Kode kelas paling banyak {code} karakter dan namanya paling banyak {name} karakter.</translation>
    </message>
    <message>
        <source>The lowest total of class {code} must be a whole number, 0 or more.</source>
        <translation>Jumlah terendah kelas {code} harus bilangan bulat, 0 atau lebih.</translation>
    </message>
    <message>
        <source>Two classes start at the same total. Give each class its own lowest total.</source>
        <translation>Dua kelas mulai dari jumlah skor yang sama. Beri setiap kelas jumlah terendahnya sendiri.</translation>
    </message>
    <message>
        <source>No group could reach a class that starts at {total}: the areas add up to at most {top}.</source>
        <translation>Tidak ada kelompok yang dapat mencapai kelas yang mulai dari {total}: jumlah semua aspek paling banyak {top}.</translation>
    </message>
    <message>
        <source>Class {code} could never be given: every total is at least {low}, which already earns class {floor}. Raise the lowest totals or remove the class.</source>
        <translation>Kelas {code} tidak akan pernah diberikan: setiap jumlah sedikitnya {low}, yang sudah mendapat kelas {floor}. Naikkan jumlah terendahnya atau hapus kelas itu.</translation>
    </message>
    <message>
        <source>Loans need class {code} or better (lending rules in Settings). Keep class {code}, or change the lending rules first.</source>
        <translation>Pinjaman mensyaratkan kelas {code} atau lebih baik (aturan pinjaman di Pengaturan). Pertahankan kelas {code}, atau ubah dulu aturan pinjamannya.</translation>
    </message>
    <message>
        <source>Choose the group assessed.</source>
        <translation>Pilih kelompok yang dinilai.</translation>
    </message>
    <message>
        <source>Enter the date of the assessment.</source>
        <translation>Isi tanggal penilaian.</translation>
    </message>
    <message>
        <source>Choose who assessed the group.</source>
        <translation>Pilih siapa yang menilai kelompok.</translation>
    </message>
    <message>
        <source>Choose the group&apos;s stage.</source>
        <translation>Pilih tahap kelompok.</translation>
    </message>
    <message>
        <source>Enter a score for {area}.</source>
        <translation>Isi skor untuk {area}.</translation>
    </message>
    <message>
        <source>The score for {area} must be between {low} and {high}.</source>
        <translation>Skor untuk {area} harus antara {low} dan {high}.</translation>
    </message>
    <message>
        <source>The assessment instrument was changed while you were scoring. Close the form and open it again.</source>
        <translation>Instrumen penilaian diubah saat Anda mengisi skor. Tutup formulir, lalu buka lagi.</translation>
    </message>
    <message>
        <source>The group was formed on {date}; an assessment cannot be dated before that.</source>
        <translation>Kelompok dibentuk pada {date}; tanggal penilaian tidak boleh sebelum itu.</translation>
    </message>
    <message>
        <source>{name} is not an active mentor or administrator. Choose who assessed the group.</source>
        <translation>{name} bukan pendamping atau administrator yang aktif. Pilih siapa yang menilai kelompok.</translation>
    </message>
    <message>
        <source>This assessment no longer exists.</source>
        <translation>Penilaian ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Say why the assessment is taken back.</source>
        <translation>Isi alasan penilaian dibatalkan.</translation>
    </message>
    <message>
        <source>The mentor must be a user with the mentor role.</source>
        <translation>Pendamping harus pengguna yang berperan sebagai Pendamping.</translation>
    </message>
    <message>
        <source>Every partner needs a name and a kind.</source>
        <translation>Isi nama dan jenis setiap mitra.</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Kelompok ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Mark the member present, late, excused or absent.</source>
        <translation>Tandai anggota hadir, terlambat, izin, atau tidak hadir.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more, in whole rupiah.</source>
        <translation>Isi jumlah nol atau lebih, dalam rupiah bulat.</translation>
    </message>
    <message>
        <source>Enter the cash counted in whole rupiah, up to {most}.</source>
        <translation>Isi uang tunai yang dihitung dalam rupiah bulat, paling banyak {most}.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Close the form and open it again.</source>
        <translation>Data ini sudah diubah orang lain saat Anda mengisinya. Tutup formulir, lalu buka lagi.</translation>
    </message>
    <message>
        <source>The sheet of {group} for {date} was already posted by {user}. Open it again to see it.</source>
        <translation>Daftar setoran {group} tanggal {date} sudah dibukukan oleh {user}. Buka lagi untuk melihatnya.</translation>
    </message>
    <message>
        <source>The sheet of {group} for {date} was reversed; it is kept as it is.</source>
        <translation>Lembar rapat {group} tanggal {date} sudah dibatalkan; lembar itu disimpan apa adanya.</translation>
    </message>
    <message>
        <source>Count the cash and enter it before posting.</source>
        <translation>Hitung uang tunai dan isi jumlahnya sebelum membukukan.</translation>
    </message>
    <message>
        <source>The sheet comes to {total} but {counted} was counted; the difference is {difference}. Check the rows or count again.</source>
        <translation>Jumlah daftar {total} tetapi uang yang dihitung {counted}; selisihnya {difference}. Periksa baris-barisnya atau hitung ulang.</translation>
    </message>
    <message>
        <source>{name} has no account for this column&apos;s savings.</source>
        <translation>{name} tidak punya rekening untuk simpanan di kolom ini.</translation>
    </message>
    <message>
        <source>{name} has no running loan to pay an installment on.</source>
        <translation>{name} tidak punya pinjaman berjalan untuk dibayar angsurannya.</translation>
    </message>
    <message>
        <source>This sheet no longer exists.</source>
        <translation>Daftar setoran ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Only a posted sheet can be reversed.</source>
        <translation>Hanya daftar setoran yang sudah dibukukan yang dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Enter the name of the kind.</source>
        <translation>Isi nama jenis kelompok.</translation>
    </message>
    <message>
        <source>The kind {name} exists already.</source>
        <translation>Jenis {name} sudah ada.</translation>
    </message>
    <message>
        <source>This NIK is already registered to {name} ({number}).</source>
        <translation>NIK ini sudah terdaftar atas nama {name} ({number}).</translation>
    </message>
    <message>
        <source>The KK number must have 16 digits.</source>
        <translation>Nomor KK harus 16 digit.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>Isi nama anggota.</translation>
    </message>
    <message>
        <source>Choose male or female.</source>
        <translation>Pilih laki-laki atau perempuan.</translation>
    </message>
    <message>
        <source>The birth date must be a past date.</source>
        <translation>Tanggal lahir harus tanggal yang sudah lewat.</translation>
    </message>
    <message>
        <source>A phone number has 8 to 15 digits, for example 0812 3456 7890.</source>
        <translation>Nomor telepon terdiri dari 8 sampai 15 digit, misalnya 0812 3456 7890.</translation>
    </message>
    <message>
        <source>A NIK or KK number has 16 digits; this has {length} characters.</source>
        <translation>NIK atau nomor KK terdiri dari 16 digit; isian ini {length} karakter.</translation>
    </message>
    <message>
        <source>The household size must be 1 to 30 people.</source>
        <translation>Jumlah anggota keluarga harus 1 sampai 30 orang.</translation>
    </message>
    <message>
        <source>Choose a welfare level from the list.</source>
        <translation>Pilih tingkat kesejahteraan dari daftar.</translation>
    </message>
    <message>
        <source>The date of the welfare data cannot be in the future.</source>
        <translation>Tanggal data kesejahteraan tidak boleh setelah hari ini.</translation>
    </message>
    <message>
        <source>Choose the member&apos;s group.</source>
        <translation>Pilih kelompok anggota.</translation>
    </message>
    <message>
        <source>Enter the join date.</source>
        <translation>Isi tanggal bergabung.</translation>
    </message>
    <message>
        <source>The join date cannot be in the future.</source>
        <translation>Tanggal bergabung tidak boleh setelah hari ini.</translation>
    </message>
    <message>
        <source>The join date cannot be before the birth date.</source>
        <translation>Tanggal bergabung tidak boleh sebelum tanggal lahir.</translation>
    </message>
    <message>
        <source>The NIK says born {date}; the form says otherwise. Check both.</source>
        <translation>Menurut NIK lahir {date}, tetapi isian formulir berbeda. Periksa keduanya.</translation>
    </message>
    <message>
        <source>The NIK encodes the other sex. Check the NIK and the sex.</source>
        <translation>NIK menunjukkan jenis kelamin yang lain. Periksa NIK dan jenis kelamin.</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>Anggota ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Tanggal tidak boleh setelah hari ini.</translation>
    </message>
    <message>
        <source>The date cannot be before the member joined the current group ({date}).</source>
        <translation>Tanggal tidak boleh sebelum anggota bergabung dengan kelompoknya sekarang ({date}).</translation>
    </message>
    <message>
        <source>{name} has left the office and cannot be moved.</source>
        <translation>{name} sudah keluar dari keanggotaan dan tidak dapat dipindahkan.</translation>
    </message>
    <message>
        <source>Choose a different group.</source>
        <translation>Pilih kelompok yang lain.</translation>
    </message>
    <message>
        <source>{name} has already left the office.</source>
        <translation>{name} sudah keluar dari keanggotaan.</translation>
    </message>
    <message>
        <source>Enter the reason for leaving.</source>
        <translation>Isi alasan keluar.</translation>
    </message>
    <message>
        <source>Digits 7-8 of the NIK (day of birth) must be 01-31, or 41-71 for a woman.</source>
        <translation>Digit ke-7 dan ke-8 NIK (tanggal lahir) harus 01-31, atau 41-71 untuk perempuan.</translation>
    </message>
    <message>
        <source>Digits 9-10 of the NIK (month of birth) must be 01-12.</source>
        <translation>Digit ke-9 dan ke-10 NIK (bulan lahir) harus 01-12.</translation>
    </message>
    <message>
        <source>The NIK encodes a birth date that does not exist ({day}/{month}).</source>
        <translation>NIK memuat tanggal lahir yang tidak ada ({day}/{month}). Periksa NIK.</translation>
    </message>
    <message>
        <source>The NIK encodes a birth date in the future.</source>
        <translation>NIK memuat tanggal lahir setelah hari ini. Periksa NIK.</translation>
    </message>
    <message>
        <source>The NIK may contain digits only.</source>
        <translation>NIK hanya boleh berisi angka.</translation>
    </message>
    <message>
        <source>The NIK must have 16 digits; this one has {n}.</source>
        <translation>NIK harus 16 digit; yang ini {n} digit.</translation>
    </message>
    <message>
        <source>The NIK starts with {code}, which is not an Indonesian province code.</source>
        <translation>NIK diawali {code}, padahal itu bukan kode provinsi di Indonesia.</translation>
    </message>
    <message>
        <source>Digits 3-6 of the NIK (regency and district) cannot be 00.</source>
        <translation>Digit ke-3 sampai ke-6 NIK (kode kota/kabupaten dan kecamatan) tidak boleh 00.</translation>
    </message>
    <message>
        <source>The last four digits of the NIK (serial) cannot be 0000.</source>
        <translation>Empat digit terakhir NIK (nomor urut) tidak boleh 0000.</translation>
    </message>
    <message>
        <source>Choose the office.</source>
        <translation>Pilih jabatan.</translation>
    </message>
    <message>
        <source>This group or member no longer exists.</source>
        <translation>Kelompok atau anggota ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>{name} is not an active member of this group.</source>
        <translation>{name} bukan anggota aktif kelompok ini.</translation>
    </message>
    <message>
        <source>The new term cannot start before the current holder&apos;s term ({date}).</source>
        <translation>Masa jabatan baru tidak boleh dimulai sebelum masa jabatan pengurus sekarang ({date}).</translation>
    </message>
    <message>
        <source>This term of office has already ended.</source>
        <translation>Masa jabatan ini sudah berakhir.</translation>
    </message>
    <message>
        <source>The end date must be between the start of the term and today.</source>
        <translation>Tanggal berakhir harus di antara awal masa jabatan dan hari ini.</translation>
    </message>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation>Isi nama kantor.</translation>
    </message>
    <message>
        <source>The member number prefix must be 1 to 4 letters (A-Z).</source>
        <translation>Awalan nomor anggota harus 1 sampai 4 huruf (A-Z).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>Logo harus berupa gambar PNG atau JPEG.</translation>
    </message>
    <message>
        <source>The logo picture is too large; use one under {kb} KB.</source>
        <translation>Gambar logo terlalu besar; gunakan gambar yang lebih kecil dari {kb} KB.</translation>
    </message>
    <message>
        <source>A user name has 3 to 30 characters: letters a-z, digits, dot, dash or underscore.</source>
        <translation>Nama pengguna terdiri dari 3 sampai 30 karakter: huruf a-z, angka, titik, tanda hubung, atau garis bawah.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Pengguna ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Pilih peran.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>Nama pengguna {name} sudah dipakai. Pilih nama lain.</translation>
    </message>
    <message>
        <source>Choose whether the user may log in.</source>
        <translation>Pilih apakah pengguna ini boleh masuk.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>The books need at least one active administrator.</source>
        <translation>Buku kantor harus memiliki sedikitnya satu administrator aktif.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata sandi sekarang salah.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Isi tanggalnya.</translation>
    </message>
    <message>
        <source>Choose the new group.</source>
        <translation>Pilih kelompok barunya.</translation>
    </message>
    <message>
        <source>There are no members to print cards for.</source>
        <translation>Tidak ada anggota yang kartunya dapat dicetak.</translation>
    </message>
    <message>
        <source>Excel stored this number as a number and kept only its first 15 digits. Format the column as Text in Excel and type the number again.</source>
        <translation>Excel menyimpan nomor ini sebagai angka sehingga hanya 15 digit pertamanya yang tersimpan. Ubah format kolom itu menjadi Teks (Text) di Excel, lalu ketik ulang nomornya.</translation>
    </message>
    <message>
        <source>Write the sex as L or P (not {text}).</source>
        <translation>Tulis jenis kelamin dengan L atau P (bukan {text}).</translation>
    </message>
    <message>
        <source>Unknown welfare level {text}. Use PS, KS1, KS2, KS3, KS3+ or D1 to D10.</source>
        <translation>Tingkat kesejahteraan {text} tidak dikenal. Gunakan PS, KS1, KS2, KS3, KS3+, atau D1 sampai D10.</translation>
    </message>
    <message>
        <source>Write the status as Aktif or Keluar (not {text}).</source>
        <translation>Tulis status dengan Aktif atau Keluar (bukan {text}).</translation>
    </message>
    <message>
        <source>{text} is not a whole number.</source>
        <translation>{text} bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>The cell shows Excel&apos;s error {text} instead of a value. Correct the formula in Excel, or type the value.</source>
        <translation>Sel ini menampilkan galat Excel {text}, bukan nilai. Perbaiki rumusnya di Excel, atau ketik nilainya.</translation>
    </message>
    <message>
        <source>Write RT/RW like 003/004 (not {text}).</source>
        <translation>Tulis RT/RW seperti 003/004 (bukan {text}).</translation>
    </message>
    <message>
        <source>Cannot write {name}. If it is open in Excel, close it there and try again.</source>
        <translation>Berkas {name} tidak dapat disimpan. Jika berkas itu sedang terbuka di Excel, tutup dulu di sana, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The member has left: enter the exit date.</source>
        <translation>Anggota sudah keluar: isi tanggal keluarnya.</translation>
    </message>
    <message>
        <source>The status says active, but there is an exit date.</source>
        <translation>Statusnya aktif, tetapi ada tanggal keluar.</translation>
    </message>
    <message>
        <source>The exit date cannot be in the future.</source>
        <translation>Tanggal keluar tidak boleh setelah hari ini.</translation>
    </message>
    <message>
        <source>The exit date cannot be before the join date.</source>
        <translation>Tanggal keluar tidak boleh sebelum tanggal bergabung.</translation>
    </message>
    <message>
        <source>A member number may have at most {n} characters.</source>
        <translation>Nomor anggota paling banyak {n} karakter.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s group, or choose a group for rows without one.</source>
        <translation>Isi kelompok anggota, atau pilih kelompok untuk baris yang kelompoknya kosong.</translation>
    </message>
    <message>
        <source>The member number {number} is already given to {name}.</source>
        <translation>Nomor anggota {number} sudah dipakai oleh {name}.</translation>
    </message>
    <message>
        <source>The books have more than one group named {name}. Rename one of them first.</source>
        <translation>Buku kantor memiliki lebih dari satu kelompok bernama {name}. Ganti dulu nama salah satunya.</translation>
    </message>
    <message>
        <source>Unknown kind of group {text}. Add it in Settings first, or correct it.</source>
        <translation>Jenis kelompok {text} tidak dikenal. Tambahkan dulu di Pengaturan, atau perbaiki isiannya.</translation>
    </message>
    <message>
        <source>The group {name} is new: choose the kind for new groups.</source>
        <translation>Kelompok {name} belum terdaftar: pilih jenis untuk kelompok baru.</translation>
    </message>
    <message>
        <source>The group {name} is new and the file gives no kelurahan for it. Add a kelurahan column, or register the group first.</source>
        <translation>Kelompok {name} belum terdaftar dan berkas tidak mencantumkan kelurahannya. Tambahkan kolom kelurahan, atau daftarkan kelompok itu lebih dulu.</translation>
    </message>
    <message>
        <source>Choose the column that holds the members&apos; names.</source>
        <translation>Pilih kolom yang berisi nama anggota.</translation>
    </message>
    <message>
        <source>Choose the column that holds the group, or a group for all rows.</source>
        <translation>Pilih kolom yang berisi kelompok, atau satu kelompok untuk semua baris.</translation>
    </message>
    <message>
        <source>The same NIK is in row {row} of the file.</source>
        <translation>NIK yang sama juga ada di baris {row} berkas ini.</translation>
    </message>
    <message>
        <source>The same member number is in row {row} of the file.</source>
        <translation>Nomor anggota yang sama juga ada di baris {row} berkas ini.</translation>
    </message>
    <message>
        <source>While the file was being checked, someone registered the NIK or member number of row {row}. Check the file again.</source>
        <translation>Selama berkas diperiksa, ada yang mendaftarkan NIK atau nomor anggota pada baris {row}. Periksa berkas sekali lagi.</translation>
    </message>
    <message>
        <source>A group the file names was removed meanwhile. Check the file again.</source>
        <translation>Salah satu kelompok yang disebut dalam berkas baru saja dihapus. Periksa berkas sekali lagi.</translation>
    </message>
    <message>
        <source>While the file was being checked, someone registered the group {name}. Check the file again.</source>
        <translation>Selama berkas diperiksa, seseorang mendaftarkan kelompok {name}. Periksa berkas itu lagi.</translation>
    </message>
    <message>
        <source>No row of the file can be imported.</source>
        <translation>Tidak ada baris berkas yang dapat diimpor.</translation>
    </message>
    <message>
        <source>The file {name} cannot be found.</source>
        <translation>Berkas {name} tidak ditemukan.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened. If it is open in Excel, close it there and try again.</source>
        <translation>Berkas {name} tidak dapat dibuka. Jika berkas itu sedang terbuka di Excel, tutup dulu di sana, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Berkas {name} kosong.</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 file (.xls) or is protected with a password. Open it in Excel, remove any password, and save it as Excel Workbook (.xlsx).</source>
        <translation>{name} adalah berkas Excel 97-2003 yang lama (.xls) atau dilindungi kata sandi. Buka di Excel, hapus kata sandinya jika ada, lalu simpan sebagai Excel Workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook, or it is damaged. Open it in Excel and save it again as Excel Workbook (.xlsx).</source>
        <translation>{name} bukan berkas Excel (workbook), atau berkas itu rusak. Buka di Excel, lalu simpan ulang sebagai Excel Workbook (.xlsx).</translation>
    </message>
    <message>
        <source>Berdaya reads Excel workbooks (.xlsx) and CSV files (.csv); {name} is neither. Save the list from Excel in one of these forms.</source>
        <translation>Berdaya membaca berkas Excel (.xlsx) dan berkas CSV (.csv); {name} bukan keduanya. Simpan daftar itu dari Excel dalam salah satu bentuk tersebut.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named {sheet}.</source>
        <translation>Berkas Excel ini tidak memiliki lembar bernama {sheet}.</translation>
    </message>
    <message>
        <source>{name} is not a text CSV file. Open the list in Excel and save it as CSV UTF-8 (.csv).</source>
        <translation>{name} bukan berkas teks CSV. Buka daftar itu di Excel, lalu simpan sebagai CSV UTF-8 (.csv).</translation>
    </message>
    <message>
        <source>{name} holds formulas whose results were never calculated (cell {cell} and others). Open it in Excel, save it, and choose it again.</source>
        <translation>{name} berisi rumus yang hasilnya belum pernah dihitung (sel {cell} dan lainnya). Buka di Excel, simpan, lalu pilih berkasnya lagi.</translation>
    </message>
    <message>
        <source>The letters in {name} cannot be read. Open it in Excel and save it again as CSV UTF-8 (.csv).</source>
        <translation>Huruf-huruf dalam {name} tidak terbaca. Buka di Excel, lalu simpan ulang sebagai CSV UTF-8 (.csv).</translation>
    </message>
    <message>
        <source>This savings account no longer exists.</source>
        <translation>Rekening simpanan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Enter the name of the source.</source>
        <translation>Isi nama sumber dana.</translation>
    </message>
    <message>
        <source>The name is too long; use at most {max} characters.</source>
        <translation>Nama terlalu panjang; paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>Choose the kind of source.</source>
        <translation>Pilih jenis sumber dana.</translation>
    </message>
    <message>
        <source>Choose the source of the capital.</source>
        <translation>Pilih sumber modalnya.</translation>
    </message>
    <message>
        <source>Enter the name of the pool.</source>
        <translation>Isi nama dana bergulir.</translation>
    </message>
    <message>
        <source>A pool named {name} already exists.</source>
        <translation>Dana bergulir bernama {name} sudah ada.</translation>
    </message>
    <message>
        <source>This pool no longer exists.</source>
        <translation>Dana bergulir ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>{pool} has {available} available; {amount} is more than that.</source>
        <translation>Dana tersedia di {pool} {available}; {amount} lebih dari itu.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, in whole rupiah.</source>
        <translation>Isi jumlah lebih dari nol, dalam rupiah bulat.</translation>
    </message>
    <message>
        <source>The amount is too large for one posting; check the figures.</source>
        <translation>Jumlahnya terlalu besar untuk satu transaksi; periksa angkanya.</translation>
    </message>
    <message>
        <source>The date is before the pool was opened ({date}).</source>
        <translation>Tanggal ini sebelum dana bergulir dibuka ({date}).</translation>
    </message>
    <message>
        <source>The date is before {name} joined ({date}).</source>
        <translation>Tanggal ini sebelum {name} bergabung ({date}).</translation>
    </message>
    <message>
        <source>Choose cash or transfer.</source>
        <translation>Pilih tunai atau transfer.</translation>
    </message>
    <message>
        <source>On {date} and after, {product} holds at least {balance}; {amount} is more than that.</source>
        <translation>Sejak {date}, saldo {product} paling sedikit {balance}; {amount} melebihi jumlah itu.</translation>
    </message>
    <message>
        <source>{name} has left the office and was paid out; the savings can no longer change.</source>
        <translation>{name} sudah keluar dan simpanannya sudah dibayarkan; simpanan itu tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Simpanan pokok is {total} in all and {paid} is paid; at most {rest} more can be paid.</source>
        <translation>Simpanan pokok seluruhnya {total} dan sudah dibayar {paid}; paling banyak {rest} lagi dapat dibayar.</translation>
    </message>
    <message>
        <source>{product} cannot be withdrawn while {name} is a member; it is paid out when the member leaves.</source>
        <translation>{product} tidak dapat diambil selama {name} masih anggota; simpanan ini dibayarkan saat anggota keluar.</translation>
    </message>
    <message>
        <source>The balance of {product} is {balance}; {amount} is more than that.</source>
        <translation>Saldo {product} {balance}; {amount} melebihi saldo itu.</translation>
    </message>
    <message>
        <source>This savings entry no longer exists.</source>
        <translation>Transaksi simpanan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed; post the right amount again instead.</source>
        <translation>Pembatalan tidak dapat dibatalkan lagi; catat ulang jumlah yang benar.</translation>
    </message>
    <message>
        <source>A payout on leaving cannot be reversed: the member has left and the money was handed over.</source>
        <translation>Pembayaran saat keluar tidak dapat dibatalkan: anggota sudah keluar dan uangnya sudah diserahkan.</translation>
    </message>
    <message>
        <source>{group} has arrears: {name} is {amount} behind on loan {loan}. No new loan until the arrears are paid.</source>
        <translation>{group} masih menunggak: {name} menunggak {amount} pada pinjaman {loan}. Tidak ada pinjaman baru sampai tunggakan dilunasi.</translation>
    </message>
    <message>
        <source>{name} is {amount} behind on loan {loan}. No new loan until the arrears are paid.</source>
        <translation>{name} menunggak {amount} pada pinjaman {loan}. Tidak ada pinjaman baru sampai tunggakan dilunasi.</translation>
    </message>
    <message>
        <source>{name}&apos;s share of loan {loan} was written off as lost; the office lends to them no more.</source>
        <translation>Pinjaman {name} pada {loan} sudah dihapusbukukan; kantor tidak lagi memberi pinjaman kepadanya.</translation>
    </message>
    <message>
        <source>{name} still owes the group {amount} for installments it covered. No new loan until that is repaid.</source>
        <translation>{name} masih berutang {amount} kepada kelompok untuk angsuran yang ditalangi kelompok. Tidak ada pinjaman baru sampai utang itu dibayar.</translation>
    </message>
    <message>
        <source>A group must be at least {months} months old to borrow, and {group} has no date formed. Enter it on the group&apos;s form.</source>
        <translation>Kelompok harus berumur sekurang-kurangnya {months} bulan untuk meminjam, dan tanggal berdiri {group} belum diisi. Isi di formulir kelompok.</translation>
    </message>
    <message>
        <source>A group must be at least {months} months old to borrow; {group} was formed on {date}.</source>
        <translation>Kelompok harus berumur sekurang-kurangnya {months} bulan untuk meminjam; {group} berdiri pada {date}.</translation>
    </message>
    <message>
        <source>A group needs class {grade} or better to borrow, and {group} has not been assessed yet.</source>
        <translation>Kelompok harus berkelas {grade} atau lebih baik untuk meminjam, dan {group} belum pernah dinilai.</translation>
    </message>
    <message>
        <source>A group needs class {grade} or better to borrow; {group} is class {actual}.</source>
        <translation>Kelompok harus berkelas {grade} atau lebih baik untuk meminjam; {group} berkelas {actual}.</translation>
    </message>
    <message>
        <source>{product} is no longer offered; choose another product.</source>
        <translation>{product} tidak ditawarkan lagi; pilih produk lain.</translation>
    </message>
    <message>
        <source>The term must be from 1 to {max} installments for {product}.</source>
        <translation>Jangka waktu {product} harus 1 sampai {max} angsuran.</translation>
    </message>
    <message>
        <source>The purpose is too long; use at most {max} characters.</source>
        <translation>Tujuan pinjaman terlalu panjang; paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>Name at least one member and the amount each borrows.</source>
        <translation>Sebutkan sekurang-kurangnya satu anggota dan jumlah pinjaman masing-masing.</translation>
    </message>
    <message>
        <source>A loan to one member has one borrower; for several, lend to their group.</source>
        <translation>Pinjaman perorangan hanya untuk satu peminjam; untuk beberapa anggota, pinjamkan kepada kelompoknya.</translation>
    </message>
    <message>
        <source>A member is named twice; give each member one share.</source>
        <translation>Ada anggota yang disebut dua kali; setiap anggota hanya satu bagian.</translation>
    </message>
    <message>
        <source>{name} has left the office and cannot borrow.</source>
        <translation>{name} sudah keluar dan tidak dapat meminjam.</translation>
    </message>
    <message>
        <source>{name} is not a member of {group}.</source>
        <translation>{name} bukan anggota {group}.</translation>
    </message>
    <message>
        <source>Enter the amount {name} borrows, above zero, in whole rupiah.</source>
        <translation>Isi jumlah pinjaman {name}, lebih dari nol, dalam rupiah bulat.</translation>
    </message>
    <message>
        <source>{name} asks for {amount}, less than Rp1.000 an installment; check the figures.</source>
        <translation>{name} mengajukan {amount}, kurang dari Rp1.000 per angsuran; periksa angkanya.</translation>
    </message>
    <message>
        <source>{product} lends at most {max} to one borrower; {name} asks for {amount}.</source>
        <translation>{product} paling banyak {max} per peminjam; {name} mengajukan {amount}.</translation>
    </message>
    <message>
        <source>This is {name}&apos;s first loan, and a first loan of {product} is at most {max}; {amount} is more.</source>
        <translation>Ini pinjaman pertama {name}, dan pinjaman pertama {product} paling banyak {max}; {amount} lebih dari itu.</translation>
    </message>
    <message>
        <source>Application {loan} for the same borrower is still open; decide on it first.</source>
        <translation>Pengajuan {loan} untuk peminjam yang sama masih terbuka; putuskan dulu pengajuan itu.</translation>
    </message>
    <message>
        <source>Loan {loan} is no longer waiting for this step; refresh the list.</source>
        <translation>Pinjaman {loan} tidak lagi menunggu langkah ini; muat ulang daftarnya.</translation>
    </message>
    <message>
        <source>The date cannot be before {date}, the step before it.</source>
        <translation>Tanggal tidak boleh sebelum {date}, tanggal langkah sebelumnya.</translation>
    </message>
    <message>
        <source>You entered application {loan}; someone else must approve it.</source>
        <translation>Anda yang memasukkan pengajuan {loan}; orang lain yang harus menyetujuinya.</translation>
    </message>
    <message>
        <source>Enter the reason for the rejection.</source>
        <translation>Isi alasan penolakan.</translation>
    </message>
    <message>
        <source>Enter the reason for cancelling.</source>
        <translation>Isi alasan pembatalan.</translation>
    </message>
    <message>
        <source>{pool} has {available} available; the loan of {amount} is more than that. Choose another pool or wait for repayments.</source>
        <translation>Dana tersedia di {pool} {available}; pinjaman {amount} lebih dari itu. Pilih dana bergulir lain atau tunggu angsuran masuk.</translation>
    </message>
    <message>
        <source>Loan {loan} of {name} is no longer running; nothing more can be paid on it.</source>
        <translation>Pinjaman {loan} atas nama {name} sudah tidak berjalan; tidak ada lagi yang dapat dibayar.</translation>
    </message>
    <message>
        <source>The date is before the loan was disbursed ({date}).</source>
        <translation>Tanggal ini sebelum pinjaman dicairkan ({date}).</translation>
    </message>
    <message>
        <source>A payment on this loan is already posted on {date}; a new one cannot be dated before it.</source>
        <translation>Sudah ada pembayaran pinjaman ini pada {date}; pembayaran baru tidak boleh bertanggal sebelumnya.</translation>
    </message>
    <message>
        <source>Only {rest} is left to pay on loan {loan}; {amount} is more than that.</source>
        <translation>Sisa yang harus dibayar pada pinjaman {loan} hanya {rest}; {amount} lebih dari itu.</translation>
    </message>
    <message>
        <source>{due} is due now on loan {loan} (arrears and the next installment); {amount} is more. To settle the whole loan, choose early payoff: {payoff}.</source>
        <translation>Yang jatuh tempo sekarang pada pinjaman {loan} {due} (tunggakan dan angsuran berikutnya); {amount} lebih dari itu. Untuk melunasi seluruh pinjaman, pilih pelunasan dipercepat: {payoff}.</translation>
    </message>
    <message>
        <source>Paying off loan {loan} on {date} takes exactly {payoff}.</source>
        <translation>Pelunasan pinjaman {loan} pada {date} tepat {payoff}.</translation>
    </message>
    <message>
        <source>Only a group loan can be covered by the group.</source>
        <translation>Hanya pinjaman kelompok yang dapat ditalangi kelompok.</translation>
    </message>
    <message>
        <source>The group can cover at most what is due now on {name}&apos;s share: {due}.</source>
        <translation>Kelompok paling banyak menalangi yang jatuh tempo sekarang pada bagian {name}: {due}.</translation>
    </message>
    <message>
        <source>{name} owes the group {debt}; {amount} is more than that.</source>
        <translation>Utang {name} kepada kelompok {debt}; {amount} lebih dari itu.</translation>
    </message>
    <message>
        <source>The date is before the group covered the installment ({date}).</source>
        <translation>Tanggal ini sebelum kelompok menalangi angsuran ({date}).</translation>
    </message>
    <message>
        <source>This repayment to the group has already been reversed.</source>
        <translation>Pengembalian talangan ini sudah dibatalkan.</translation>
    </message>
    <message>
        <source>On {date} and after, the cash holds at least {balance}; {amount} is more than that.</source>
        <translation>Pada {date} dan sesudahnya, kas berisi paling sedikit {balance}; {amount} lebih dari itu.</translation>
    </message>
    <message>
        <source>On {date} and after, the bank book holds at least {balance}; {amount} is more than that. If the account held money before the books began, enter the bank&apos;s opening balance first.</source>
        <translation>Pada {date} dan sesudahnya, buku bank berisi paling sedikit {balance}; {amount} lebih dari itu. Bila rekening sudah berisi uang sebelum pembukuan dimulai, catat dulu saldo awal bank.</translation>
    </message>
    <message>
        <source>On {date} and after, the bank book holds at least {balance}; {amount} is more than that.</source>
        <translation>Pada {date} dan sesudahnya, buku bank berisi paling sedikit {balance}; {amount} lebih dari itu.</translation>
    </message>
    <message>
        <source>The bank&apos;s opening balance was entered on {date} as {number}; reverse it first to enter another.</source>
        <translation>Saldo awal bank sudah dicatat pada {date} sebagai {number}; batalkan dulu untuk mencatat yang lain.</translation>
    </message>
    <message>
        <source>The opening balance was entered on {date} as {number}; reverse it first to enter another.</source>
        <translation>Saldo awal kas sudah dicatat pada {date} sebagai {number}; batalkan dulu untuk mencatat yang lain.</translation>
    </message>
    <message>
        <source>The bank&apos;s opening balance is what the account held before the first money in the books; date it on or before {date}.</source>
        <translation>Saldo awal bank adalah isi rekening sebelum transaksi pertama di buku; beri tanggal {date} atau sebelumnya.</translation>
    </message>
    <message>
        <source>The opening balance is the cash held before the first money in the books; date it on or before {date}.</source>
        <translation>Saldo awal kas adalah uang tunai yang ada sebelum transaksi pertama di buku; beri tanggal {date} atau sebelumnya.</translation>
    </message>
    <message>
        <source>Choose what kind of cash entry this is.</source>
        <translation>Pilih jenis transaksi kas ini.</translation>
    </message>
    <message>
        <source>Write what the money was for.</source>
        <translation>Tulis untuk apa uang ini.</translation>
    </message>
    <message>
        <source>This cash book entry no longer exists.</source>
        <translation>Transaksi buku kas ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Receipt {number} has already been reversed.</source>
        <translation>Kuitansi {number} sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Enter the reason for the reversal.</source>
        <translation>Isi alasan pembatalan.</translation>
    </message>
    <message>
        <source>Enter how many of each note and coin were counted.</source>
        <translation>Isi berapa lembar atau keping setiap pecahan uang yang dihitung.</translation>
    </message>
    <message>
        <source>There is no note or coin of {amount}.</source>
        <translation>Tidak ada uang kertas atau logam senilai {amount}.</translation>
    </message>
    <message>
        <source>Enter how many notes or coins of {amount}: a whole number from 0 to {most}.</source>
        <translation>Isi jumlah lembar atau keping {amount}: bilangan bulat dari 0 sampai {most}.</translation>
    </message>
    <message>
        <source>Enter the cash counted in whole rupiah, from Rp0 up to {most}.</source>
        <translation>Isi uang kas yang dihitung dalam rupiah bulat, dari Rp0 sampai {most}.</translation>
    </message>
    <message>
        <source>The notes and coins come to {total}, more than one count can hold; check the numbers.</source>
        <translation>Uang kertas dan logam berjumlah {total}, lebih dari yang dapat dicatat dalam satu hitungan; periksa lagi angkanya.</translation>
    </message>
    <message>
        <source>The notes and coins come to {total}, not {counted}.</source>
        <translation>Uang kertas dan logam berjumlah {total}, bukan {counted}.</translation>
    </message>
    <message>
        <source>Enter the cash counted: by notes and coins, or as a total.</source>
        <translation>Isi uang kas yang dihitung: per pecahan uang, atau jumlahnya saja.</translation>
    </message>
    <message>
        <source>Receipt {number} was posted after this payment; reverse it first, then this one.</source>
        <translation>Kuitansi {number} dicatat sesudah pembayaran ini; batalkan dulu kuitansi itu, lalu yang ini.</translation>
    </message>
    <message>
        <source>Loan {loan} of {name} was written off; its payments can no longer change.</source>
        <translation>Pinjaman {loan} atas nama {name} sudah dihapusbukukan; pembayarannya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>{name} has left the office; the loan can no longer change.</source>
        <translation>{name} sudah keluar; pinjamannya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>A reversal cannot be dated before the entry it cancels ({date}).</source>
        <translation>Tanggal pembatalan tidak boleh sebelum tanggal transaksi yang dibatalkan ({date}).</translation>
    </message>
    <message>
        <source>{name} has already paid the group back part of this cover; reverse that repayment to the group first.</source>
        <translation>{name} sudah mengembalikan sebagian talangan ini kepada kelompok; batalkan dulu pengembalian itu.</translation>
    </message>
    <message>
        <source>Loan {loan} of {name} changed since it was asked: {outstanding} of principal is out now, not {amount}. Look at the loan again and ask again.</source>
        <translation>Pinjaman {loan} atas nama {name} sudah berubah sejak diajukan: sisa pokok sekarang {outstanding}, bukan {amount}. Periksa kembali pinjaman itu lalu ajukan lagi.</translation>
    </message>
    <message>
        <source>Enter the reason for the write-off.</source>
        <translation>Isi alasan penghapusbukuan.</translation>
    </message>
    <message>
        <source>Application {loan} of {name} is still open; reject or cancel it first.</source>
        <translation>Pengajuan {loan} atas nama {name} masih terbuka; tolak atau batalkan dulu.</translation>
    </message>
    <message>
        <source>{name} still owes the group {amount} for installments it covered. Record the member paying the group back before the exit.</source>
        <translation>{name} masih berutang {amount} kepada kelompok untuk angsuran yang ditalangi. Catat dulu pengembalian talangan sebelum mencatat keluar.</translation>
    </message>
    <message>
        <source>{name} still owes {debt} on loans and has {savings} in savings to set against it. Collect the rest (or have the chair write it off) before recording the exit.</source>
        <translation>{name} masih berutang pinjaman {debt} dan simpanannya {savings} untuk memotongnya. Tagih sisanya (atau minta ketua menghapusbukukannya) sebelum mencatat keluar.</translation>
    </message>
    <message>
        <source>{name} still owes {debt} on loans, to be set against the savings. The treasurer does that and records the exit.</source>
        <translation>{name} masih berutang pinjaman {debt} yang dipotong dari simpanan. Bendahara yang melakukannya dan mencatat keluarnya anggota.</translation>
    </message>
    <message>
        <source>Loan payments were posted up to {date}; the member cannot have left before that day.</source>
        <translation>Pembayaran pinjaman tercatat sampai {date}; anggota tidak mungkin keluar sebelum tanggal itu.</translation>
    </message>
    <message>
        <source>Reversing receipt {number} would leave {product} below zero; the money has been withdrawn since.</source>
        <translation>Membatalkan kuitansi {number} akan membuat saldo {product} di bawah nol; uangnya sudah diambil sejak itu.</translation>
    </message>
    <message>
        <source>Savings were posted up to {date}; the member cannot have left before that day.</source>
        <translation>Ada transaksi simpanan sampai {date}; tanggal keluar tidak boleh sebelum hari itu.</translation>
    </message>
    <message>
        <source>{name} still has {total} in savings to be paid out. The treasurer pays it and records the exit.</source>
        <translation>{name} masih memiliki simpanan {total} yang harus dibayarkan. Bendahara yang membayarkannya dan mencatat keluarnya anggota.</translation>
    </message>
    <message>
        <source>Write the amount in whole rupiah, for example 1.250.000.</source>
        <translation>Tulis jumlahnya dalam rupiah bulat, misalnya 1.250.000.</translation>
    </message>
    <message>
        <source>This savings product no longer exists.</source>
        <translation>Produk simpanan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>This loan product no longer exists.</source>
        <translation>Produk pinjaman ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Enter a short code of up to six letters or digits, for example SH.</source>
        <translation>Isi kode singkat, paling banyak enam huruf atau angka, misalnya SH.</translation>
    </message>
    <message>
        <source>Another product already has the code {code}.</source>
        <translation>Kode {code} sudah dipakai produk lain.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Isi nama produk.</translation>
    </message>
    <message>
        <source>Choose how jasa is counted.</source>
        <translation>Pilih cara menghitung jasa.</translation>
    </message>
    <message>
        <source>Enter the rate as a percentage a month from 0 to 10, for example 1,5.</source>
        <translation>Isi jasa dalam persen per bulan dari 0 sampai 10, misalnya 1,5.</translation>
    </message>
    <message>
        <source>Choose how often installments are paid.</source>
        <translation>Pilih seberapa sering angsuran dibayar.</translation>
    </message>
    <message>
        <source>The longest term must be from 1 to {max} installments.</source>
        <translation>Jangka waktu terpanjang harus 1 sampai {max} angsuran.</translation>
    </message>
    <message>
        <source>The usual term must be at least one installment and no longer than the longest term.</source>
        <translation>Jangka waktu biasa sekurang-kurangnya satu angsuran dan tidak lebih dari jangka waktu terpanjang.</translation>
    </message>
    <message>
        <source>The grace period must be from 0 to 24 installment periods.</source>
        <translation>Masa tenggang harus 0 sampai 24 periode angsuran.</translation>
    </message>
    <message>
        <source>Enter the admin fee as a percentage of the loan from 0 to 10.</source>
        <translation>Isi biaya administrasi dalam persen pinjaman dari 0 sampai 10.</translation>
    </message>
    <message>
        <source>Enter the first-loan ceiling in whole rupiah up to {most}, or 0 for none.</source>
        <translation>Isi batas pinjaman pertama dalam rupiah bulat, paling banyak {most}, atau 0 bila tidak ada.</translation>
    </message>
    <message>
        <source>Enter the largest loan in whole rupiah up to {most}, or 0 for none.</source>
        <translation>Isi pinjaman terbesar dalam rupiah bulat, paling banyak {most}, atau 0 bila tidak ada.</translation>
    </message>
    <message>
        <source>The first-loan ceiling cannot be above the largest loan.</source>
        <translation>Batas pinjaman pertama tidak boleh di atas pinjaman terbesar.</translation>
    </message>
    <message>
        <source>Choose the kind of savings.</source>
        <translation>Pilih jenis simpanan.</translation>
    </message>
    <message>
        <source>Enter the amount members must pay, above zero, in whole rupiah up to {most}.</source>
        <translation>Isi jumlah yang wajib dibayar anggota, lebih dari nol, dalam rupiah bulat, paling banyak {most}.</translation>
    </message>
    <message>
        <source>Choose whether simpanan wajib is due each month or each meeting.</source>
        <translation>Pilih apakah simpanan wajib dibayar setiap bulan atau setiap pertemuan.</translation>
    </message>
    <message>
        <source>Money has been posted to {name}, so its kind cannot change. Add a new product instead.</source>
        <translation>Sudah ada transaksi pada {name}, sehingga jenisnya tidak dapat diubah. Tambahkan produk baru saja.</translation>
    </message>
    <message>
        <source>Choose the savings.</source>
        <translation>Pilih simpanannya.</translation>
    </message>
    <message>
        <source>Enter the last day of the statement.</source>
        <translation>Isi tanggal akhir rekening.</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>Tanggal awal jatuh setelah tanggal akhir.</translation>
    </message>
    <message>
        <source>This loan no longer exists.</source>
        <translation>Pinjaman ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>This payment no longer exists.</source>
        <translation>Pembayaran ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Choose a rule set for loan quality.</source>
        <translation>Pilih aturan kolektibilitas.</translation>
    </message>
    <message>
        <source>The thresholds must be whole numbers above zero, each larger than the one before.</source>
        <translation>Batas harus bilangan bulat di atas nol, masing-masing lebih besar dari sebelumnya.</translation>
    </message>
    <message>
        <source>Choose what happens to money paid above what is due.</source>
        <translation>Pilih perlakuan atas uang yang dibayar melebihi yang jatuh tempo.</translation>
    </message>
    <message>
        <source>Choose a class of the assessment instrument, or none.</source>
        <translation>Pilih kelas dari instrumen penilaian, atau tanpa kelas.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s minimum age in months, from 0 to 600.</source>
        <translation>Isi umur minimum kelompok dalam bulan, dari 0 sampai 600.</translation>
    </message>
    <message>
        <source>Choose the pool.</source>
        <translation>Pilih dana bergulir.</translation>
    </message>
    <message>
        <source>Choose the pool the money comes from.</source>
        <translation>Pilih dana bergulir asal uangnya.</translation>
    </message>
    <message>
        <source>Choose the loan product.</source>
        <translation>Pilih produk pinjaman.</translation>
    </message>
    <message>
        <source>Choose the group.</source>
        <translation>Pilih kelompoknya.</translation>
    </message>
    <message>
        <source>Choose the member: type a number or part of the name.</source>
        <translation>Pilih anggota: ketik nomor atau sebagian namanya.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>Kunjungan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Choose the mentor who made the visit.</source>
        <translation>Pilih pendamping yang melakukan kunjungan.</translation>
    </message>
    <message>
        <source>{name} is not an active mentor or administrator. Choose the mentor who made the visit.</source>
        <translation>{name} bukan pendamping atau administrator yang aktif. Pilih pendamping yang melakukan kunjungan.</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>Isi tanggal kunjungan.</translation>
    </message>
    <message>
        <source>{group} was formed on {formed}; a visit cannot be dated before that.</source>
        <translation>{group} dibentuk pada {formed}; tanggal kunjungan tidak boleh sebelum itu.</translation>
    </message>
    <message>
        <source>Follow-up {row} needs what was agreed.</source>
        <translation>Isi kesepakatan pada tindak lanjut {row}.</translation>
    </message>
    <message>
        <source>Follow-up {row} is longer than {n} characters; split it in two.</source>
        <translation>Tindak lanjut {row} lebih dari {n} karakter; pecah menjadi dua.</translation>
    </message>
    <message>
        <source>Follow-up {row} needs a due date.</source>
        <translation>Isi batas waktu tindak lanjut {row}.</translation>
    </message>
    <message>
        <source>Follow-up {row} is due on {due}, before the visit on {date}. Give it a due date on or after the visit.</source>
        <translation>Batas waktu tindak lanjut {row} tanggal {due}, sebelum kunjungan tanggal {date}. Beri batas waktu pada atau sesudah tanggal kunjungan.</translation>
    </message>
    <message>
        <source>Choose the group visited.</source>
        <translation>Pilih kelompok yang dikunjungi.</translation>
    </message>
    <message>
        <source>Who was met takes at most {n} characters; put the rest in the notes.</source>
        <translation>Isian yang ditemui paling banyak {n} karakter; tulis sisanya di catatan.</translation>
    </message>
    <message>
        <source>A follow-up of this visit no longer exists. Close the form and open it again.</source>
        <translation>Salah satu tindak lanjut kunjungan ini sudah tidak ada. Tutup formulir, lalu buka lagi.</translation>
    </message>
    <message>
        <source>The follow-up &quot;{text}&quot; was done on {done}; it stays on the visit.</source>
        <translation>Tindak lanjut &quot;{text}&quot; sudah selesai pada {done}; tindak lanjut itu tetap tercatat pada kunjungan.</translation>
    </message>
    <message>
        <source>The follow-up &quot;{text}&quot; was done on {done}; the visit cannot be dated after that.</source>
        <translation>Tindak lanjut &quot;{text}&quot; sudah selesai pada {done}; tanggal kunjungan tidak boleh sesudah itu.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Tindak lanjut ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>This follow-up was already marked done on {date}.</source>
        <translation>Tindak lanjut ini sudah ditandai selesai pada {date}.</translation>
    </message>
    <message>
        <source>Enter the date it was done.</source>
        <translation>Isi tanggal selesainya.</translation>
    </message>
    <message>
        <source>It cannot be done before the visit on {date} where it was agreed.</source>
        <translation>Tanggal selesai tidak boleh sebelum kunjungan tanggal {date} saat tindak lanjut itu disepakati.</translation>
    </message>
    <message>
        <source>The note takes at most {n} characters.</source>
        <translation>Catatan paling banyak {n} karakter.</translation>
    </message>
    <message>
        <source>This follow-up is not marked done.</source>
        <translation>Tindak lanjut ini belum ditandai selesai.</translation>
    </message>
    <message>
        <source>This program no longer exists.</source>
        <translation>Program ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Enter the program&apos;s name.</source>
        <translation>Isi nama program.</translation>
    </message>
    <message>
        <source>A program named {name} exists already. Give this one another name.</source>
        <translation>Program bernama {name} sudah ada. Beri nama lain untuk program ini.</translation>
    </message>
    <message>
        <source>The planned number of sessions is a number from 0 (not fixed) to {most}.</source>
        <translation>Jumlah sesi yang direncanakan berupa angka dari 0 (tidak ditentukan) sampai {most}.</translation>
    </message>
    <message>
        <source>Session number {seq} of this program is already entered; plan at least {seq} sessions.</source>
        <translation>Sesi nomor {seq} program ini sudah dicatat; rencanakan sedikitnya {seq} sesi.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, for example 09:00.</source>
        <translation>Tulis waktu dengan jam dan menit, misalnya 09:00.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Sesi ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Enter the start time too, or leave both times empty.</source>
        <translation>Isi juga jam mulainya, atau kosongkan kedua isian jam.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>Jam selesai sesi harus sesudah jam mulainya.</translation>
    </message>
    <message>
        <source>Choose the kind of session.</source>
        <translation>Pilih jenis sesi.</translation>
    </message>
    <message>
        <source>Enter the topic of the session.</source>
        <translation>Isi topik sesi.</translation>
    </message>
    <message>
        <source>This may have at most {n} characters.</source>
        <translation>Isian ini paling banyak {n} karakter.</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>Isi tanggal sesi.</translation>
    </message>
    <message>
        <source>Invite at least one group.</source>
        <translation>Undang sedikitnya satu kelompok.</translation>
    </message>
    <message>
        <source>A group chosen no longer exists. Choose the groups again.</source>
        <translation>Salah satu kelompok yang dipilih sudah tidak ada. Pilih ulang kelompoknya.</translation>
    </message>
    <message>
        <source>Choose the program this session is numbered in, or leave the number empty.</source>
        <translation>Pilih program yang memberi nomor sesi ini, atau kosongkan nomornya.</translation>
    </message>
    <message>
        <source>The program {program} is closed. Open it again to add sessions to it.</source>
        <translation>Program {program} sudah ditutup. Buka lagi program itu untuk menambahkan sesi.</translation>
    </message>
    <message>
        <source>All {planned} planned sessions of {program} are entered. Raise the program&apos;s planned number first.</source>
        <translation>Semua {planned} sesi yang direncanakan untuk {program} sudah dicatat. Naikkan dulu jumlah sesi yang direncanakan program itu.</translation>
    </message>
    <message>
        <source>A session&apos;s number in its program is a whole number from 1 to {most}.</source>
        <translation>Nomor sesi dalam programnya adalah bilangan bulat dari 1 sampai {most}.</translation>
    </message>
    <message>
        <source>Sessions of a program are numbered from 1.</source>
        <translation>Sesi sebuah program diberi nomor mulai dari 1.</translation>
    </message>
    <message>
        <source>{program} is planned with {planned} sessions; number {seq} is above that. Choose another number or raise the program&apos;s planned number.</source>
        <translation>{program} direncanakan {planned} sesi; nomor {seq} melebihi itu. Pilih nomor lain atau naikkan jumlah sesi yang direncanakan program itu.</translation>
    </message>
    <message>
        <source>Session {seq} of {program} is already entered: {topic} on {date}. Choose another number.</source>
        <translation>Sesi ke-{seq} {program} sudah dicatat: {topic} tanggal {date}. Pilih nomor lain.</translation>
    </message>
    <message>
        <source>Session {seq} of the program was just entered on another computer. Save again to take the next number, or choose another.</source>
        <translation>Sesi ke-{seq} program ini baru saja dicatat di komputer lain. Simpan lagi untuk memakai nomor berikutnya, atau pilih nomor lain.</translation>
    </message>
    <message>
        <source>Attendance is already recorded for this session, so it cannot be moved to a future date.</source>
        <translation>Kehadiran sesi ini sudah dicatat, sehingga sesi tidak dapat dipindah ke tanggal yang akan datang.</translation>
    </message>
    <message>
        <source>Attendance is recorded for {n} member(s) of {group}; the group stays invited. Clear their marks first if it was not invited.</source>
        <translation>Kehadiran {n} anggota {group} sudah dicatat; kelompok itu tetap diundang. Hapus dulu tanda kehadiran mereka jika kelompok itu tidak diundang.</translation>
    </message>
    <message>
        <source>Attendance is recorded for {n} member(s) of this session, so it is kept. Clear the marks first if the session did not take place.</source>
        <translation>Kehadiran {n} anggota pada sesi ini sudah dicatat, sehingga sesi tetap disimpan. Hapus dulu tanda kehadirannya jika sesi itu tidak jadi diadakan.</translation>
    </message>
    <message>
        <source>{name} ({number}) of {group} is not on the list of this session: the group was not invited, or the member was not in it on that day.</source>
        <translation>{name} ({number}) dari {group} tidak ada di daftar sesi ini: kelompoknya tidak diundang, atau anggota itu tidak termasuk kelompok tersebut pada hari itu.</translation>
    </message>
    <message>
        <source>Attendance is taken on the day of the session or after it; this session is on {date}.</source>
        <translation>Kehadiran dicatat pada hari sesi atau sesudahnya; sesi ini tanggal {date}.</translation>
    </message>
    <message>
        <source>A member is marked twice. Give each member one mark.</source>
        <translation>Ada anggota yang ditandai dua kali. Beri setiap anggota satu tanda saja.</translation>
    </message>
    <message>
        <source>Mark {name} present, late, excused or absent.</source>
        <translation>Tandai {name} hadir, terlambat, izin, atau tidak hadir.</translation>
    </message>
    <message>
        <source>Some of these members were marked meanwhile on another computer. Their marks are shown again; check them and save once more.</source>
        <translation>Sebagian anggota ini baru saja ditandai di komputer lain. Tanda mereka ditampilkan lagi; periksa, lalu simpan sekali lagi.</translation>
    </message>
    <message>
        <source>This is not a member number. Scan the card again, or type the number.</source>
        <translation>Ini bukan nomor anggota. Pindai kartunya sekali lagi, atau ketik nomornya.</translation>
    </message>
    <message>
        <source>Scan a member card or type a member number.</source>
        <translation>Pindai kartu anggota atau ketik nomor anggota.</translation>
    </message>
    <message>
        <source>No member has the number {number}. Check the card, or type the number again.</source>
        <translation>Tidak ada anggota bernomor {number}. Periksa kartunya, atau ketik ulang nomornya.</translation>
    </message>
    <message>
        <source>A number of children must be 0 to {n}.</source>
        <translation>Jumlah anak harus 0 sampai {n}.</translation>
    </message>
    <message>
        <source>Enter how many children are of school age, too.</source>
        <translation>Isi juga jumlah anak usia sekolah.</translation>
    </message>
    <message>
        <source>More children in school ({n}) than children of school age ({age}). Check both numbers.</source>
        <translation>Anak yang bersekolah ({n}) lebih banyak daripada anak usia sekolah ({age}). Periksa kedua angka itu.</translation>
    </message>
    <message>
        <source>The household&apos;s monthly income must be between Rp0 and {most}, in whole rupiah. Check the figures.</source>
        <translation>Pendapatan keluarga per bulan harus antara Rp0 dan {most}, dalam rupiah bulat. Periksa angkanya.</translation>
    </message>
    <message>
        <source>Choose the member whose household was surveyed.</source>
        <translation>Pilih anggota yang keluarganya disurvei.</translation>
    </message>
    <message>
        <source>Enter the date of the survey.</source>
        <translation>Isi tanggal survei.</translation>
    </message>
    <message>
        <source>Choose the household&apos;s welfare level from the list.</source>
        <translation>Pilih tingkat kesejahteraan keluarga dari daftar.</translation>
    </message>
    <message>
        <source>Choose the business status from the list.</source>
        <translation>Pilih keadaan usaha dari daftar.</translation>
    </message>
    <message>
        <source>Choose the housing from the list.</source>
        <translation>Pilih kondisi rumah dari daftar.</translation>
    </message>
    <message>
        <source>The notes may have at most {n} characters.</source>
        <translation>Catatan paling banyak {n} karakter.</translation>
    </message>
    <message>
        <source>This survey no longer exists.</source>
        <translation>Survei ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Say why the survey is taken back.</source>
        <translation>Isi alasan survei dibatalkan.</translation>
    </message>
    <message>
        <source>Sent for approval as request {number}: {action}. It takes effect when a user who may approve it agrees.</source>
        <translation>Dikirim untuk persetujuan sebagai permintaan {number}: {action}. Berlaku setelah pengguna yang berwenang menyetujuinya.</translation>
    </message>
    <message>
        <source>Unknown action: {key}.</source>
        <translation>Tindakan tidak dikenal: {key}.</translation>
    </message>
    <message>
        <source>This cannot be kept with a request for approval: enter a whole number, a date or a text.</source>
        <translation>Isian ini tidak dapat disimpan bersama permintaan persetujuan: masukkan bilangan bulat, tanggal, atau teks.</translation>
    </message>
    <message>
        <source>This is already waiting for approval as request {number}.</source>
        <translation>Ini sudah menunggu persetujuan sebagai permintaan {number}.</translation>
    </message>
    <message>
        <source>This request no longer exists.</source>
        <translation>Permintaan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Request {number} has already been decided.</source>
        <translation>Permintaan {number} sudah diputuskan.</translation>
    </message>
    <message>
        <source>You asked for this yourself; another user must approve or reject it.</source>
        <translation>Anda sendiri yang meminta ini; pengguna lain yang harus menyetujui atau menolaknya.</translation>
    </message>
    <message>
        <source>Your role may not decide this request.</source>
        <translation>Peran Anda tidak berwenang memutuskan permintaan ini.</translation>
    </message>
    <message>
        <source>{name}, who asked for this, no longer works here; reject the request and ask again.</source>
        <translation>{name}, yang mengajukan permintaan ini, sudah tidak bekerja di sini; tolak permintaan ini dan ajukan lagi.</translation>
    </message>
    <message>
        <source>{name}, who asked for this, is now {role} and may no longer do it; reject the request and ask again.</source>
        <translation>{name}, yang mengajukan permintaan ini, kini berperan sebagai {role} dan tidak lagi berwenang melakukannya; tolak permintaan ini dan ajukan lagi.</translation>
    </message>
    <message>
        <source>Enter the reason for rejecting the request.</source>
        <translation>Isi alasan menolak permintaan ini.</translation>
    </message>
    <message>
        <source>Only the user who asked may withdraw a request.</source>
        <translation>Hanya pengguna yang meminta yang dapat menarik permintaan.</translation>
    </message>
    <message>
        <source>The folder {folder} was not found. Plug in the USB drive or choose another folder.</source>
        <translation>Folder {folder} tidak ditemukan. Pasang flashdisk atau pilih folder lain.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written. Plug in the USB drive (and check that it is not write-protected) or choose another folder.</source>
        <translation>Folder {folder} tidak dapat ditulisi. Pasang flashdisk (dan pastikan tidak dikunci) atau pilih folder lain.</translation>
    </message>
    <message>
        <source>Keep from 1 to {most} automatic backups.</source>
        <translation>Simpan 1 sampai {most} cadangan otomatis.</translation>
    </message>
    <message>
        <source>Remind after 1 to {most} days without a backup.</source>
        <translation>Ingatkan setelah 1 sampai {most} hari tanpa cadangan.</translation>
    </message>
    <message>
        <source>No books are open.</source>
        <translation>Tidak ada buku kantor yang terbuka.</translation>
    </message>
    <message>
        <source>The copy in {folder} did not read back intact ({detail}), so it was removed. Try again, or choose another folder.</source>
        <translation>Salinan di {folder} tidak terbaca utuh ({detail}), jadi dihapus. Coba lagi, atau pilih folder lain.</translation>
    </message>
    <message>
        <source>There is not enough room in {folder}: the backup needs about {need}, only {free} is free. Free some space or choose another folder (Settings, Backups).</source>
        <translation>Ruang di {folder} tidak cukup: cadangan memerlukan sekitar {need}, hanya tersisa {free}. Kosongkan sebagian ruang atau pilih folder lain (Pengaturan, Cadangan).</translation>
    </message>
    <message>
        <source>The books could not be read whole ({detail}), so no backup was made. Check the books (Books, Check the books) and tell the administrator.</source>
        <translation>Buku kantor tidak dapat dibaca utuh ({detail}), jadi tidak ada cadangan yang dibuat. Periksa buku kantor (Buku kantor, Periksa buku kantor) dan beri tahu administrator.</translation>
    </message>
    <message>
        <source>The backup could not be written in {folder} ({detail}). Plug in the USB drive or choose another folder (Settings, Backups).</source>
        <translation>Cadangan tidak dapat ditulis di {folder} ({detail}). Pasang flashdisk atau pilih folder lain (Pengaturan, Cadangan).</translation>
    </message>
    <message>
        <source>The backup {file} was not found.</source>
        <translation>Cadangan {file} tidak ditemukan.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged ({detail}) and cannot be restored. Choose another backup.</source>
        <translation>Cadangan {file} rusak ({detail}) dan tidak dapat dipulihkan. Pilih cadangan lain.</translation>
    </message>
    <message>
        <source>The file {file} is not a backup of Berdaya books. Choose another file.</source>
        <translation>Berkas {file} bukan cadangan buku kantor Berdaya. Pilih berkas lain.</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer version of this program (books version {found}; this program reads up to {current}). Install the newer version to restore it.</source>
        <translation>Cadangan {file} dibuat oleh versi program yang lebih baru (versi buku kantor {found}; program ini hanya membaca sampai versi {current}). Pasang versi yang lebih baru untuk memulihkannya.</translation>
    </message>
    <message>
        <source>That file is the books themselves. Choose a backup.</source>
        <translation>Berkas itu adalah buku kantor itu sendiri. Pilih sebuah cadangan.</translation>
    </message>
    <message>
        <source>The books are open in another program or on another PC. Close Berdaya there, then restore again.</source>
        <translation>Buku kantor sedang terbuka di program lain atau di komputer lain. Tutup Berdaya di sana, lalu pulihkan lagi.</translation>
    </message>
    <message>
        <source>Collection sheets dated up to {date} are still drafts: {sheets}. Post or delete them first.</source>
        <translation>Lembar setoran bertanggal sampai {date} masih berupa draf: {sheets}. Posting atau hapus dulu.</translation>
    </message>
    <message>
        <source>Choose the month to close.</source>
        <translation>Pilih bulan yang akan ditutup.</translation>
    </message>
    <message>
        <source>{month} has not ended yet; it can be closed from {date} on.</source>
        <translation>Bulan {month} belum berakhir; dapat ditutup mulai {date}.</translation>
    </message>
    <message>
        <source>{month} is already closed.</source>
        <translation>Bulan {month} sudah ditutup.</translation>
    </message>
    <message>
        <source>Choose the month to reopen.</source>
        <translation>Pilih bulan yang akan dibuka kembali.</translation>
    </message>
    <message>
        <source>{month} is not closed.</source>
        <translation>Bulan {month} tidak dalam keadaan ditutup.</translation>
    </message>
    <message>
        <source>Only the latest closed month, {latest}, can be reopened; reopen the months from the latest back.</source>
        <translation>Hanya bulan terakhir yang ditutup, {latest}, yang dapat dibuka kembali; buka kembali bulan-bulan mulai dari yang terakhir.</translation>
    </message>
    <message>
        <source>{month} was reopened and closed again since this was asked; look at the month again and ask again.</source>
        <translation>{month} sudah dibuka kembali dan ditutup lagi sejak permintaan ini dibuat; periksa bulan itu lagi lalu ajukan ulang.</translation>
    </message>
    <message>
        <source>Enter the reason for reopening the month.</source>
        <translation>Isi alasan membuka kembali bulan ini.</translation>
    </message>
    <message>
        <source>The books are busy on another computer. Nothing was saved; try again in a moment.</source>
        <translation>Buku sedang dipakai untuk menyimpan di komputer lain. Tidak ada yang tersimpan; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The books are closed up to {date}; nothing can be posted or reversed on {day}. Use a date after {date}, or ask the administrator to reopen the month.</source>
        <translation>Buku sudah ditutup sampai {date}; tidak ada yang dapat dicatat atau dibatalkan pada {day}. Gunakan tanggal sesudah {date}, atau minta administrator membuka kembali bulan itu.</translation>
    </message>
    <message>
        <source>The books are closed up to {date}; a date in a closed month cannot be used. Use a later date, or ask the administrator to reopen the month.</source>
        <translation>Buku sudah ditutup sampai {date}; tanggal dalam bulan yang sudah ditutup tidak dapat dipakai. Gunakan tanggal yang lebih akhir, atau minta administrator membuka kembali bulan itu.</translation>
    </message>
    <message>
        <source>This entry cannot be read as text. Type it again.</source>
        <translation>Isian ini tidak terbaca sebagai teks. Ketik ulang.</translation>
    </message>
    <message>
        <source>The text holds hidden characters. Type it again.</source>
        <translation>Teks ini berisi karakter tersembunyi. Ketik ulang.</translation>
    </message>
    <message>
        <source>Use at most {n} characters here; this has {length}.</source>
        <translation>Isian ini paling banyak {n} karakter; yang ini {length} karakter.</translation>
    </message>
    <message>
        <source>The file {path} is damaged inside ({detail}): parts of the books cannot be read, and working on in them could lose records. Restore the last backup (the damaged file is kept aside), or open another file.</source>
        <translation>Berkas {path} rusak di bagian dalamnya ({detail}): sebagian buku kantor tidak dapat dibaca, dan bekerja terus di dalamnya dapat menghilangkan catatan. Pulihkan cadangan terakhir (berkas yang rusak disimpan terpisah), atau buka berkas lain.</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Member leaves the office</source>
        <translation>Anggota keluar</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Tanggal keluar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>for example: moved away, passed away, resigned</source>
        <translation>misalnya: pindah domisili, meninggal dunia, mengundurkan diri</translation>
    </message>
    <message>
        <source>Print the payout receipts afterwards</source>
        <translation>Cetak bukti pembayaran sesudahnya</translation>
    </message>
    <message>
        <source>Record exit</source>
        <translation>Catat keluar</translation>
    </message>
    <message>
        <source>No savings to pay out.</source>
        <translation>Tidak ada simpanan yang perlu dibayarkan.</translation>
    </message>
    <message>
        <source>Paid out in cash on leaving:</source>
        <translation>Dibayarkan tunai saat keluar:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Savings in all</source>
        <translation>Jumlah simpanan</translation>
    </message>
    <message>
        <source>Less paying off loan {loan}</source>
        <translation>Dikurangi pelunasan pinjaman {loan}</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Sisa utang</translation>
    </message>
    <message>
        <source>The savings do not cover the loans; collect the rest first:</source>
        <translation>Simpanan tidak cukup untuk melunasi pinjaman; tagih dulu sisanya:</translation>
    </message>
    <message>
        <source>Paid out in cash</source>
        <translation>Dibayarkan tunai</translation>
    </message>
    <message>
        <source>On leaving, the savings first pay off the loans:</source>
        <translation>Saat keluar, simpanan lebih dulu dipakai untuk melunasi pinjaman:</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>Set up the administrator</source>
        <translation>Siapkan administrator</translation>
    </message>
    <message>
        <source>The administrator manages users and settings. Keep the password safe: it cannot be read back, only reset by another administrator.</source>
        <translation>Administrator mengelola pengguna dan pengaturan. Simpan kata sandi baik-baik: kata sandi tidak dapat dilihat kembali, hanya dapat diatur ulang oleh administrator lain.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama. Ketik ulang kata sandinya.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Change group</source>
        <translation>Ubah kelompok</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Kelompok baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date formed</source>
        <translation>Tanggal dibentuk</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Business activities</source>
        <translation>Kegiatan usaha</translation>
    </message>
    <message>
        <source>for example: food stalls, tailoring</source>
        <translation>misalnya: warung makan, menjahit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Street / place</source>
        <translation>Jalan / tempat</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Kelurahan / desa</source>
        <translation>Kelurahan / desa</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>City / regency</source>
        <translation>Kota / kabupaten</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Tambah mitra</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Hapus mitra</translation>
    </message>
</context>
<context>
    <name>GroupRepayDialog</name>
    <message>
        <source>Member repays the group</source>
        <translation>Pengembalian talangan kelompok</translation>
    </message>
    <message>
        <source>{name} owes the group {debt} for installments it covered.</source>
        <translation>{name} berutang {debt} kepada kelompok untuk angsuran yang ditalangi kelompok.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Record the repayment</source>
        <translation>Catat pengembalian</translation>
    </message>
</context>
<context>
    <name>GroupRepaymentReversalDialog</name>
    <message>
        <source>Reverse a repayment to the group</source>
        <translation>Batalkan pengembalian talangan</translation>
    </message>
    <message>
        <source>Repayment to the group of {date}: {amount}.</source>
        <translation>Pengembalian talangan tanggal {date}: {amount}.</translation>
    </message>
    <message>
        <source>The member owes the group that amount again.</source>
        <translation>Anggota kembali berutang sejumlah itu kepada kelompok.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Reverse the repayment</source>
        <translation>Batalkan pengembalian</translation>
    </message>
</context>
<context>
    <name>GroupSavingsTab</name>
    <message>
        <source>All groups</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>Only members with wajib or pokok overdue</source>
        <translation>Hanya anggota yang menunggak wajib atau pokok</translation>
    </message>
    <message>
        <source>Print the summary…</source>
        <translation>Cetak rekap…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Total (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Due now (Rp)</source>
        <translation>Harus dibayar (Rp)</translation>
    </message>
    <message>
        <source>Overdue (Rp)</source>
        <translation>Tunggakan (Rp)</translation>
    </message>
    <message>
        <source>due now {owed}</source>
        <translation>harus dibayar {owed}</translation>
    </message>
    <message>
        <source>overdue {overdue}</source>
        <translation>tunggakan {overdue}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n anggota</numerusform>
        </translation>
    </message>
    <message>
        <source>total {total}</source>
        <translation>jumlah {total}</translation>
    </message>
    <message>
        <source>Group savings summary</source>
        <translation>Rekap simpanan kelompok</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota/kab.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Search group name…</source>
        <translation>Cari nama kelompok…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All kelurahan</source>
        <translation>Semua kelurahan</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>Semua pendamping</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Tambah kelompok</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Dibentuk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan usaha</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Change stage…</source>
        <translation>Ubah tahap…</translation>
    </message>
    <message>
        <source>Group history</source>
        <translation>Riwayat kelompok</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Pengurus</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>Appoint officer…</source>
        <translation>Angkat pengurus…</translation>
    </message>
    <message>
        <source>End term</source>
        <translation>Akhiri jabatan</translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation>Belum ada kelompok yang dipilih</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>{grade} (assessed {date})</source>
        <translation>{grade} (dinilai {date})</translation>
    </message>
    <message>
        <source>Stage of {name}</source>
        <translation>Tahap kelompok {name}</translation>
    </message>
    <message>
        <source>New stage:</source>
        <translation>Tahap baru:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>End the term of {name} as {office} today?</source>
        <translation>Akhiri jabatan {name} sebagai {office} hari ini?</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Choose a group to see its history: its figures, its charts and everything that happened to it.</source>
        <translation>Pilih kelompok untuk melihat riwayatnya: angka-angkanya, grafiknya, dan semua yang pernah terjadi padanya.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Type part of the name…</source>
        <translation>Ketik sebagian namanya…</translation>
    </message>
    <message>
        <source>Print group profile…</source>
        <translation>Cetak profil kelompok…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Dibentuk</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Anggota aktif</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Pengurus</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>What happened, newest first</source>
        <translation>Peristiwa, yang terbaru di atas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Only what went wrong</source>
        <translation>Hanya masalah</translation>
    </message>
    <message>
        <source>{grade} (assessed {date})</source>
        <translation>{grade} (dinilai {date})</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>no mentor</source>
        <translation>tanpa pendamping</translation>
    </message>
    <message>
        <source>Attendance, last 3 months</source>
        <translation>Kehadiran, 3 bulan terakhir</translation>
    </message>
    <message>
        <source>the 3 months before: {rate}</source>
        <translation>3 bulan sebelumnya: {rate}</translation>
    </message>
    <message>
        <source>Savings of the members</source>
        <translation>Simpanan anggota</translation>
    </message>
    <message>
        <source>Loans running</source>
        <translation>Pinjaman berjalan</translation>
    </message>
    <message>
        <source>outstanding {amount}</source>
        <translation>sisa pokok {amount}</translation>
    </message>
    <message>
        <source>{members} member(s) behind, since {date}</source>
        <translation>{members} anggota menunggak, sejak {date}</translation>
    </message>
    <message>
        <source>nobody behind</source>
        <translation>tidak ada yang menunggak</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source>{count} overdue, the oldest due {date}</source>
        <translation>{count} terlambat, yang terlama batas waktunya {date}</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>tidak ada yang terlambat</translation>
    </message>
    <message>
        <source>Follow-ups not done</source>
        <translation>Tindak lanjut belum selesai</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} hari yang lalu</translation>
    </message>
    <message>
        <source>Attendance (%)</source>
        <translation>Kehadiran (%)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Meeting days</source>
        <translation>Rapat kelompok</translation>
    </message>
    <message>
        <source>No attendance taken yet</source>
        <translation>Belum ada kehadiran yang dicatat</translation>
    </message>
    <message>
        <source>Savings at month end (Rp)</source>
        <translation>Simpanan pada akhir bulan (Rp)</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>No savings yet</source>
        <translation>Belum ada simpanan</translation>
    </message>
    <message>
        <source>Overdue at month end (Rp)</source>
        <translation>Tunggakan pada akhir bulan (Rp)</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Tidak ada tunggakan</translation>
    </message>
    <message>
        <source>By month: the last {count} months, from {first}.</source>
        <translation>Per bulan: {count} bulan terakhir, mulai {first}.</translation>
    </message>
    <message>
        <source>By month since the group began ({first}).</source>
        <translation>Per bulan sejak kelompok dimulai ({first}).</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n peristiwa</numerusform>
        </translation>
    </message>
    <message>
        <source>Group profile</source>
        <translation>Profil kelompok</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members from Excel or CSV</source>
        <translation>Impor anggota dari Excel atau CSV</translation>
    </message>
    <message>
        <source>Choose the Excel workbook (.xlsx) or CSV file that holds the member list. The first row with column names is found by itself; rows are checked before anything is saved. The template shows the columns Berdaya knows.</source>
        <translation>Pilih berkas Excel (.xlsx) atau CSV yang berisi daftar anggota. Baris pertama yang berisi nama kolom dicari secara otomatis; setiap baris diperiksa sebelum ada yang disimpan. Templat menunjukkan kolom-kolom yang dikenal Berdaya.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar (sheet)</translation>
    </message>
    <message>
        <source>Save the template…</source>
        <translation>Simpan templat…</translation>
    </message>
    <message>
        <source>Choose the member list</source>
        <translation>Pilih daftar anggota</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Simpan templat</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Membaca berkas</translation>
    </message>
    <message>
        <source>The column names are in row</source>
        <translation>Nama kolom ada di baris</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Contoh isi</translation>
    </message>
    <message>
        <source>Field in Berdaya</source>
        <translation>Isian di Berdaya</translation>
    </message>
    <message>
        <source>(none: the file names the group)</source>
        <translation>(tidak ada: kelompok disebut di berkas)</translation>
    </message>
    <message>
        <source>Group for rows without one</source>
        <translation>Kelompok untuk baris tanpa kelompok</translation>
    </message>
    <message>
        <source>(none: the file gives the kind)</source>
        <translation>(tidak ada: jenis disebut di berkas)</translation>
    </message>
    <message>
        <source>Kind of new groups</source>
        <translation>Jenis kelompok baru</translation>
    </message>
    <message>
        <source>Join date for rows without one</source>
        <translation>Tanggal bergabung untuk baris tanpa tanggal</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(kolom {n})</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— jangan diimpor —</translation>
    </message>
    <message>
        <source>Two columns are matched to the same field. Match each field once.</source>
        <translation>Dua kolom dicocokkan ke isian yang sama. Cocokkan setiap isian satu kali saja.</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Memeriksa baris</translation>
    </message>
    <message>
        <source>Importing members</source>
        <translation>Mengimpor anggota</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation>
            <numerusform>%n anggota berhasil diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>New groups: {names}</source>
        <translation>Kelompok baru: {names}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s)</source>
        <translation>
            <numerusform>Impor %n anggota</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Dihentikan. Tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>InstrumentDialog</name>
    <message>
        <source>Assessment instrument</source>
        <translation>Instrumen penilaian</translation>
    </message>
    <message>
        <source>The instrument applies to assessments made from now on. Past assessments keep the areas, scores and classes they were given.</source>
        <translation>Instrumen ini berlaku untuk penilaian mulai sekarang. Penilaian yang lalu tetap memakai aspek, skor, dan kelas yang diberikan saat itu.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Areas scored</source>
        <translation>Aspek yang dinilai</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Skor terendah</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Skor tertinggi</translation>
    </message>
    <message>
        <source>Add an area</source>
        <translation>Tambah aspek</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>What the assessor looks for in this area, shown beside its score.</source>
        <translation>Hal yang diperhatikan penilai pada aspek ini, ditampilkan di samping skornya.</translation>
    </message>
    <message>
        <source>An area already used in assessments is switched off when removed, so that past assessments keep it.</source>
        <translation>Aspek yang sudah dipakai dalam penilaian hanya dinonaktifkan saat dihapus, agar penilaian yang lalu tetap memilikinya.</translation>
    </message>
    <message>
        <source>Guidance for {area}:</source>
        <translation>Panduan untuk {area}:</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s); a total runs from {low} to {high} points.</source>
        <translation>
            <numerusform>%n aspek; jumlah skor dari {low} sampai {high} poin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Classes, the best first</source>
        <translation>Kelas, yang terbaik di atas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>From a total of</source>
        <translation>Mulai dari jumlah</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>Tambah kelas</translation>
    </message>
    <message>
        <source>A group earns the best class whose lowest total it reaches; a total below every class earns the last one.</source>
        <translation>Kelompok mendapat kelas terbaik yang jumlah terendahnya tercapai; jumlah di bawah semua kelas mendapat kelas terakhir.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Bendahara</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Growing the group</source>
        <translation>Penumbuhan</translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation>Penguatan</translation>
    </message>
    <message>
        <source>Linked to a financial institution</source>
        <translation>Akses ke lembaga keuangan</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Mandiri</translation>
    </message>
    <message>
        <source>Chair (ketua)</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Secretary (sekretaris)</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <source>Treasurer (bendahara)</source>
        <translation>Bendahara</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation>Instansi pemerintah</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>LSM</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Bank or microfinance institution</source>
        <translation>Bank atau lembaga keuangan mikro</translation>
    </message>
    <message>
        <source>Members and groups</source>
        <translation>Anggota dan kelompok</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Rotating capital</source>
        <translation>Dana bergulir</translation>
    </message>
    <message>
        <source>Meeting days</source>
        <translation>Rapat kelompok</translation>
    </message>
    <message>
        <source>Cash book and month close</source>
        <translation>Buku kas dan tutup buku</translation>
    </message>
    <message>
        <source>Training and mentoring</source>
        <translation>Pelatihan dan pendampingan</translation>
    </message>
    <message>
        <source>Assessments and welfare</source>
        <translation>Penilaian dan kesejahteraan</translation>
    </message>
    <message>
        <source>Users and settings</source>
        <translation>Pengguna dan pengaturan</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Pra-Sejahtera (BKKBN)</source>
        <translation>Pra-Sejahtera (BKKBN)</translation>
    </message>
    <message>
        <source>Keluarga Sejahtera I (BKKBN)</source>
        <translation>Keluarga Sejahtera I (BKKBN)</translation>
    </message>
    <message>
        <source>Keluarga Sejahtera II (BKKBN)</source>
        <translation>Keluarga Sejahtera II (BKKBN)</translation>
    </message>
    <message>
        <source>Keluarga Sejahtera III (BKKBN)</source>
        <translation>Keluarga Sejahtera III (BKKBN)</translation>
    </message>
    <message>
        <source>Keluarga Sejahtera III Plus (BKKBN)</source>
        <translation>Keluarga Sejahtera III Plus (BKKBN)</translation>
    </message>
    <message>
        <source>Decile 1 (socio-economic register)</source>
        <translation>Desil 1 (Registrasi Sosial Ekonomi)</translation>
    </message>
    <message>
        <source>Decile 2 (socio-economic register)</source>
        <translation>Desil 2 (Registrasi Sosial Ekonomi)</translation>
    </message>
    <message>
        <source>Decile 3 (socio-economic register)</source>
        <translation>Desil 3 (Registrasi Sosial Ekonomi)</translation>
    </message>
    <message>
        <source>Decile 4 (socio-economic register)</source>
        <translation>Desil 4 (Registrasi Sosial Ekonomi)</translation>
    </message>
    <message>
        <source>Decile 5 (socio-economic register)</source>
        <translation>Desil 5 (Registrasi Sosial Ekonomi)</translation>
    </message>
    <message>
        <source>Decile 6 (socio-economic register)</source>
        <translation>Desil 6 (Registrasi Sosial Ekonomi)</translation>
    </message>
    <message>
        <source>Decile 7 (socio-economic register)</source>
        <translation>Desil 7 (Registrasi Sosial Ekonomi)</translation>
    </message>
    <message>
        <source>Decile 8 (socio-economic register)</source>
        <translation>Desil 8 (Registrasi Sosial Ekonomi)</translation>
    </message>
    <message>
        <source>Decile 9 (socio-economic register)</source>
        <translation>Desil 9 (Registrasi Sosial Ekonomi)</translation>
    </message>
    <message>
        <source>Decile 10 (socio-economic register)</source>
        <translation>Desil 10 (Registrasi Sosial Ekonomi)</translation>
    </message>
    <message>
        <source>Simpanan wajib (each period)</source>
        <translation>Simpanan wajib (setiap periode)</translation>
    </message>
    <message>
        <source>each month</source>
        <translation>setiap bulan</translation>
    </message>
    <message>
        <source>each group meeting</source>
        <translation>setiap pertemuan kelompok</translation>
    </message>
    <message>
        <source>A4 sheet, 10 cards with cut marks</source>
        <translation>Lembar A4, 10 kartu dengan tanda potong</translation>
    </message>
    <message>
        <source>One card per page (card printer)</source>
        <translation>Satu kartu per halaman (printer kartu)</translation>
    </message>
    <message>
        <source>Village program grant</source>
        <translation>Hibah program desa</translation>
    </message>
    <message>
        <source>PNPM</source>
        <translation>PNPM</translation>
    </message>
    <message>
        <source>City budget (APBD)</source>
        <translation>Anggaran kota (APBD)</translation>
    </message>
    <message>
        <source>Company CSR</source>
        <translation>CSR perusahaan</translation>
    </message>
    <message>
        <source>The office&apos;s own funds</source>
        <translation>Dana sendiri kantor</translation>
    </message>
    <message>
        <source>Flat (jasa on the original principal)</source>
        <translation>Flat (jasa dari pokok awal)</translation>
    </message>
    <message>
        <source>Declining balance (jasa on what is outstanding)</source>
        <translation>Menurun (jasa dari sisa pokok)</translation>
    </message>
    <message>
        <source>Annuity (equal installments)</source>
        <translation>Anuitas (angsuran sama besar)</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Mingguan</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Dua mingguan</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Approved, not disbursed</source>
        <translation>Disetujui, belum dicairkan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik kembali</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Not disbursed</source>
        <translation>Belum dicairkan</translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dihapusbukukan</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Angsuran</translation>
    </message>
    <message>
        <source>Early payoff</source>
        <translation>Pelunasan dipercepat</translation>
    </message>
    <message>
        <source>Covered by the group</source>
        <translation>Ditalangi kelompok</translation>
    </message>
    <message>
        <source>Set against savings</source>
        <translation>Dipotong dari simpanan</translation>
    </message>
    <message>
        <source>Capital received</source>
        <translation>Modal diterima</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>Disalurkan</translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation>Biaya administrasi</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Angsuran masuk</translation>
    </message>
    <message>
        <source>Refuse more than is due</source>
        <translation>Tolak pembayaran melebihi yang jatuh tempo</translation>
    </message>
    <message>
        <source>Keep it as credit for the next installments</source>
        <translation>Simpan sebagai titipan untuk angsuran berikutnya</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Dibukukan</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Socialisation</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Mentoring meeting</source>
        <translation>Pertemuan pendampingan</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Pertemuan kelompok</translation>
    </message>
    <message>
        <source>No business</source>
        <translation>Tidak punya usaha</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Baru mulai</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>Berkembang</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Poor (not livable)</source>
        <translation>Buruk (tidak layak huni)</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Nomor anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Birth place and date (TTL)</source>
        <translation>Tempat, tanggal lahir (TTL)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT/RW together</source>
        <translation>RT/RW (dalam satu kolom)</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Occupation / business</source>
        <translation>Pekerjaan / usaha</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Jumlah anggota keluarga</translation>
    </message>
    <message>
        <source>Welfare level</source>
        <translation>Tingkat kesejahteraan</translation>
    </message>
    <message>
        <source>Source of the welfare data</source>
        <translation>Sumber data kesejahteraan</translation>
    </message>
    <message>
        <source>Date of the welfare data</source>
        <translation>Tanggal data kesejahteraan</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kuitansi</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>Tanggal pembatalan</translation>
    </message>
    <message>
        <source>Weekly installments</source>
        <translation>Angsuran mingguan</translation>
    </message>
    <message>
        <source>Two-weekly installments</source>
        <translation>Angsuran dua mingguan</translation>
    </message>
    <message>
        <source>Monthly installments</source>
        <translation>Angsuran bulanan</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>Date of the entry</source>
        <translation>Tanggal transaksi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Dibukukan oleh</translation>
    </message>
    <message>
        <source>Date of the payment</source>
        <translation>Tanggal pembayaran</translation>
    </message>
    <message>
        <source>Principal / jasa</source>
        <translation>Pokok / jasa</translation>
    </message>
    <message>
        <source>Date of the repayment</source>
        <translation>Tanggal pembayaran kembali</translation>
    </message>
    <message>
        <source>Repaid to the group</source>
        <translation>Dibayar kembali ke kelompok</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>Dicairkan pada</translation>
    </message>
    <message>
        <source>Principal lent</source>
        <translation>Pokok pinjaman</translation>
    </message>
    <message>
        <source>Principal still outstanding</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Pembayaran terakhir</translation>
    </message>
    <message>
        <source>Date of the write-off</source>
        <translation>Tanggal penghapusbukuan</translation>
    </message>
    <message>
        <source>Members borrowing</source>
        <translation>Anggota peminjam</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Angsuran</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan pinjaman</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Diajukan pada</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>Diajukan oleh</translation>
    </message>
    <message>
        <source>Date of the approval</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Tanggal rapat</translation>
    </message>
    <message>
        <source>Members on the sheet</source>
        <translation>Anggota di lembar setoran</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Uang masuk</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Uang keluar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Closed through</source>
        <translation>Ditutup sampai</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Ditutup oleh</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Tanggal tutup buku</translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation>Jenis kelompok</translation>
    </message>
    <message>
        <source>Kelurahan of the group</source>
        <translation>Kelurahan kelompok</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>Tanggal bergabung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Tanggal keluar</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Alasan keluar</translation>
    </message>
    <message>
        <source>Simpanan pokok (once, on joining)</source>
        <translation>Simpanan pokok (sekali, saat bergabung)</translation>
    </message>
    <message>
        <source>Simpanan sukarela (any time)</source>
        <translation>Simpanan sukarela (kapan saja)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Setoran</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Penarikan</translation>
    </message>
    <message>
        <source>Paid out on leaving</source>
        <translation>Dibayarkan saat keluar</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo awal kas</translation>
    </message>
    <message>
        <source>Bank opening balance</source>
        <translation>Saldo awal bank</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Pendapatan lain</translation>
    </message>
    <message>
        <source>Office expense</source>
        <translation>Biaya kantor</translation>
    </message>
    <message>
        <source>Taken to the bank</source>
        <translation>Disetor ke bank</translation>
    </message>
    <message>
        <source>Fetched from the bank</source>
        <translation>Diambil dari bank</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <source>Reversing a cash book entry</source>
        <translation>Membatalkan transaksi buku kas</translation>
    </message>
    <message>
        <source>Current (Lancar)</source>
        <translation>Lancar</translation>
    </message>
    <message>
        <source>Special mention (Dalam Perhatian Khusus)</source>
        <translation>Dalam Perhatian Khusus</translation>
    </message>
    <message>
        <source>Substandard (Kurang Lancar)</source>
        <translation>Kurang Lancar</translation>
    </message>
    <message>
        <source>Doubtful (Diragukan)</source>
        <translation>Diragukan</translation>
    </message>
    <message>
        <source>Loss (Macet)</source>
        <translation>Macet</translation>
    </message>
    <message>
        <source>Cooperative rule: four classes by installment periods overdue</source>
        <translation>Aturan koperasi: empat golongan menurut periode angsuran yang terlambat</translation>
    </message>
    <message>
        <source>Bank rule (OJK): five classes by days overdue</source>
        <translation>Aturan bank (OJK): lima golongan menurut hari keterlambatan</translation>
    </message>
    <message>
        <source>Program rule (PNPM): four classes by missed installments</source>
        <translation>Aturan program (PNPM): empat golongan menurut angsuran yang tertunggak</translation>
    </message>
    <message>
        <source>installment periods overdue</source>
        <translation>periode angsuran terlambat</translation>
    </message>
    <message>
        <source>days overdue</source>
        <translation>hari terlambat</translation>
    </message>
    <message>
        <source>installments missed</source>
        <translation>angsuran tertunggak</translation>
    </message>
    <message>
        <source>Attendance falling: {recent} in the last 3 months, {before} in the 3 months before</source>
        <translation>Kehadiran menurun: {recent} dalam 3 bulan terakhir, {before} dalam 3 bulan sebelumnya</translation>
    </message>
    <message>
        <source>Attendance low: {recent} in the last 3 months</source>
        <translation>Kehadiran rendah: {recent} dalam 3 bulan terakhir</translation>
    </message>
    <message>
        <source>Arrears: {amount} overdue, {members} member(s) behind, the longest {days} days</source>
        <translation>Tunggakan: {amount}, {members} anggota menunggak, paling lama {days} hari</translation>
    </message>
    <message>
        <source>{count} follow-up(s) overdue, the oldest due {date}</source>
        <translation>{count} tindak lanjut terlambat, yang terlama batas waktunya {date}</translation>
    </message>
    <message>
        <source>No visit for {days} days (last on {date})</source>
        <translation>Tidak ada kunjungan selama {days} hari (terakhir {date})</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>Belum pernah dikunjungi</translation>
    </message>
    <message>
        <source>Class fell from {previous} to {grade} on {date}</source>
        <translation>Kelas turun dari {previous} ke {grade} pada {date}</translation>
    </message>
    <message>
        <source>Group formed</source>
        <translation>Kelompok dibentuk</translation>
    </message>
    <message>
        <source>{kind}, kelurahan {kelurahan}</source>
        <translation>{kind}, kelurahan {kelurahan}</translation>
    </message>
    <message>
        <source>{name} became {office}</source>
        <translation>{name} menjadi {office}</translation>
    </message>
    <message>
        <source>{name}&apos;s term as {office} ended</source>
        <translation>Masa jabatan {name} sebagai {office} berakhir</translation>
    </message>
    <message>
        <source>{name} joined</source>
        <translation>{name} bergabung</translation>
    </message>
    <message>
        <source>{count} members joined</source>
        <translation>{count} anggota bergabung</translation>
    </message>
    <message>
        <source>{name} left the office</source>
        <translation>{name} keluar dari keanggotaan</translation>
    </message>
    <message>
        <source>{name} moved in from {group}</source>
        <translation>{name} pindah masuk dari {group}</translation>
    </message>
    <message>
        <source>{name} moved to {group}</source>
        <translation>{name} pindah ke {group}</translation>
    </message>
    <message>
        <source>{session_kind}: {topic}</source>
        <translation>{session_kind}: {topic}</translation>
    </message>
    <message>
        <source>{came} of {recorded} came ({rate})</source>
        <translation>{came} dari {recorded} hadir ({rate})</translation>
    </message>
    <message>
        <source>{program}, meeting {seq}: {came} of {recorded} came ({rate})</source>
        <translation>{program}, pertemuan ke-{seq}: {came} dari {recorded} hadir ({rate})</translation>
    </message>
    <message>
        <source>Attendance not recorded</source>
        <translation>Kehadiran tidak dicatat</translation>
    </message>
    <message>
        <source>{program}, meeting {seq}: attendance not recorded</source>
        <translation>{program}, pertemuan ke-{seq}: kehadiran tidak dicatat</translation>
    </message>
    <message>
        <source>Meeting day</source>
        <translation>Rapat kelompok</translation>
    </message>
    <message>
        <source>Meeting days from {first} to {last}: {count}</source>
        <translation>Rapat kelompok {first} s.d. {last}: {count} kali</translation>
    </message>
    <message>
        <source>Attendance {rate}: {came} of {recorded} came</source>
        <translation>Kehadiran {rate}: {came} dari {recorded} hadir</translation>
    </message>
    <message>
        <source>Visit by {mentor}</source>
        <translation>Kunjungan oleh {mentor}</translation>
    </message>
    <message>
        <source>Met: {met}. Follow-ups: {agreed} agreed, {done} done, {open} open, {overdue} overdue.</source>
        <translation>Yang ditemui: {met}. Tindak lanjut: {agreed} disepakati, {done} selesai, {open} belum selesai, {overdue} terlambat.</translation>
    </message>
    <message>
        <source>Met: {met}. No follow-up agreed.</source>
        <translation>Yang ditemui: {met}. Tidak ada tindak lanjut yang disepakati.</translation>
    </message>
    <message>
        <source>Assessed: class {grade}, {total} of {max} points</source>
        <translation>Dinilai: kelas {grade}, {total} dari {max} poin</translation>
    </message>
    <message>
        <source>Class up {previous} → {grade}, {total} of {max} points</source>
        <translation>Kelas naik {previous} → {grade}, {total} dari {max} poin</translation>
    </message>
    <message>
        <source>Class down {previous} → {grade}, {total} of {max} points</source>
        <translation>Kelas turun {previous} → {grade}, {total} dari {max} poin</translation>
    </message>
    <message>
        <source>Assessed by {assessor}; stage: {stage}</source>
        <translation>Dinilai oleh {assessor}; tahap: {stage}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Tahap: {stage}</translation>
    </message>
    <message>
        <source>Loan {number} disbursed: {principal}</source>
        <translation>Pinjaman {number} dicairkan: {principal}</translation>
    </message>
    <message>
        <source>{borrowers} borrower(s)</source>
        <translation>{borrowers} peminjam</translation>
    </message>
    <message>
        <source>Loan {number} paid off</source>
        <translation>Pinjaman {number} lunas</translation>
    </message>
    <message>
        <source>Loan {number} closed with {written_off} written off</source>
        <translation>Pinjaman {number} ditutup dengan {written_off} dihapusbukukan</translation>
    </message>
    <message>
        <source>Arrears from {start} to {end} ({days} days)</source>
        <translation>Tunggakan dari {start} sampai {end} ({days} hari)</translation>
    </message>
    <message>
        <source>Arrears since {start}, not cleared ({days} days)</source>
        <translation>Tunggakan sejak {start}, belum lunas ({days} hari)</translation>
    </message>
    <message>
        <source>At most {peak} overdue; up to {members} member(s) behind</source>
        <translation>Tunggakan paling banyak {peak}; sampai {members} anggota menunggak</translation>
    </message>
    <message>
        <source>Group, officers and stages</source>
        <translation>Kelompok, pengurus, dan tahap</translation>
    </message>
    <message>
        <source>Members joining and leaving</source>
        <translation>Anggota masuk dan keluar</translation>
    </message>
    <message>
        <source>Sessions and meeting days</source>
        <translation>Sesi dan rapat kelompok</translation>
    </message>
    <message>
        <source>Mentoring visits</source>
        <translation>Kunjungan pendampingan</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Loans and arrears</source>
        <translation>Pinjaman dan tunggakan</translation>
    </message>
    <message>
        <source>Never surveyed</source>
        <translation>Belum pernah disurvei</translation>
    </message>
    <message>
        <source>No survey at the start</source>
        <translation>Tidak ada survei di awal</translation>
    </message>
    <message>
        <source>No survey since the start</source>
        <translation>Tidak ada survei sejak awal</translation>
    </message>
    <message>
        <source>automatic, on closing</source>
        <translation>otomatis, saat ditutup</translation>
    </message>
    <message>
        <source>automatic, daily</source>
        <translation>otomatis, harian</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>dibuat sendiri</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>sebelum pembaruan</translation>
    </message>
    <message>
        <source>The date of this computer looks wrong: the backup just made is dated {made}, but a backup dated {later} is already in {folder}. Set the computer&apos;s date and time (a dead clock battery often resets them), so that backups are dated right and the newest are kept.</source>
        <translation>Tanggal komputer ini tampaknya salah: cadangan yang baru dibuat bertanggal {made}, padahal sudah ada cadangan bertanggal {later} di {folder}. Setel tanggal dan jam komputer (baterai jam yang habis sering mengaturnya ulang), agar cadangan diberi tanggal yang benar dan yang terbaru tetap disimpan.</translation>
    </message>
    <message>
        <source>Backup made: {file} ({size}).</source>
        <translation>Cadangan dibuat: {file} ({size}).</translation>
    </message>
    <message>
        <source>The folder {wanted} was not found (is the USB drive plugged in?); the backup was saved in {folder} instead.</source>
        <translation>Folder {wanted} tidak ditemukan (apakah flashdisk terpasang?); cadangan disimpan di {folder}.</translation>
    </message>
    <message>
        <source>Older automatic backups removed: {count} (the newest {keep} are kept).</source>
        <translation>Cadangan otomatis lama yang dihapus: {count} ({keep} yang terbaru disimpan).</translation>
    </message>
    <message>
        <source>Restore the backup of {date} (members: {members}; last money posted: {last}) in place of the books {books}? The current books are backed up first. Type yes to go on: </source>
        <translation>Pulihkan cadangan tanggal {date} (anggota: {members}; pembukuan uang terakhir: {last}) menggantikan buku kantor {books}? Buku kantor yang sekarang dicadangkan lebih dulu. Ketik ya untuk melanjutkan: </translation>
    </message>
    <message>
        <source>Nothing was restored. Answer yes, or add --yes, to restore.</source>
        <translation>Tidak ada yang dipulihkan. Jawab ya, atau tambahkan --yes, untuk memulihkan.</translation>
    </message>
    <message>
        <source>Restored the backup of {date} into {books}.</source>
        <translation>Cadangan tanggal {date} sudah dipulihkan ke {books}.</translation>
    </message>
    <message>
        <source>The books as they were before are kept as {file}.</source>
        <translation>Buku kantor sebelum pemulihan disimpan sebagai {file}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>These books are of version {version}, older than this program (version {current}): only the file itself was checked, and nothing in the books was changed. Open them in Berdaya to bring them up to date, then check them again.</source>
        <translation>Buku kantor ini versi {version}, lebih lama daripada program ini (versi {current}): hanya berkasnya yang diperiksa, dan tidak ada yang diubah di dalam buku kantor. Buka buku kantor ini di Berdaya agar diperbarui, lalu periksa lagi.</translation>
    </message>
    <message>
        <source>Books version {version}; this program reads up to version {current}.</source>
        <translation>Versi buku kantor {version}; program ini membaca sampai versi {current}.</translation>
    </message>
    <message>
        <source>The file is sound (SQLite&apos;s quick check).</source>
        <translation>Berkas dalam keadaan baik (pemeriksaan cepat SQLite).</translation>
    </message>
    <message>
        <source>The file is sound (SQLite&apos;s integrity check).</source>
        <translation>Berkas dalam keadaan baik (pemeriksaan keutuhan SQLite).</translation>
    </message>
    <message>
        <source>The file is damaged: {detail}</source>
        <translation>Berkas rusak: {detail}</translation>
    </message>
    <message>
        <source>Part of the books could not be read: {detail}</source>
        <translation>Sebagian buku kantor tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>Every record points at records that exist.</source>
        <translation>Setiap catatan merujuk ke catatan yang ada.</translation>
    </message>
    <message>
        <source>{count} records point at records that do not exist, for example record {rowid} of {table} (missing in {parent}).</source>
        <translation>{count} catatan merujuk ke catatan yang tidak ada, misalnya catatan {rowid} di {table} (tidak ada di {parent}).</translation>
    </message>
    <message>
        <source>The audit trail is whole: the {count} records written since the last check on this computer match their seal (the whole trail was last checked on {date}).</source>
        <translation>Catatan perubahan utuh: {count} catatan yang ditulis sejak pemeriksaan terakhir di komputer ini cocok dengan segelnya (seluruh catatan terakhir diperiksa pada {date}).</translation>
    </message>
    <message>
        <source>The audit trail is whole: {count} records, none changed outside the program.</source>
        <translation>Catatan perubahan utuh: {count} catatan, tidak ada yang diubah di luar program.</translation>
    </message>
    <message>
        <source>The newest records of the audit trail, {first} to {last}, were removed outside the program.</source>
        <translation>Catatan terbaru jejak audit, {first} sampai {last}, dihapus di luar program.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside the program: records {records} no longer match their seal ({count} records checked).</source>
        <translation>Catatan perubahan diubah di luar program: catatan nomor {records} tidak lagi cocok dengan segelnya ({count} catatan diperiksa).</translation>
    </message>
    <message>
        <source>Every closed month&apos;s figures equal its entries.</source>
        <translation>Angka setiap bulan yang sudah ditutup sama dengan transaksinya.</translation>
    </message>
    <message>
        <source>Closed month {month}, cash book: closed with {kept}, its entries now add up to {entries}; money dated in it was changed outside the program.</source>
        <translation>Bulan tertutup {month}, buku kas: ditutup dengan {kept}, transaksinya kini berjumlah {entries}; uang bertanggal di bulan itu diubah di luar program.</translation>
    </message>
    <message>
        <source>Closed month {month}, bank book: closed with {kept}, its entries now add up to {entries}; money dated in it was changed outside the program.</source>
        <translation>Bulan tertutup {month}, buku bank: ditutup dengan {kept}, transaksinya kini berjumlah {entries}; uang bertanggal di bulan itu diubah di luar program.</translation>
    </message>
    <message>
        <source>Every savings balance equals its entries ({count} accounts).</source>
        <translation>Setiap saldo simpanan sama dengan jumlah transaksinya ({count} rekening).</translation>
    </message>
    <message>
        <source>Savings balances that differ from their entries: {count}.</source>
        <translation>Saldo simpanan yang berbeda dari jumlah transaksinya: {count}.</translation>
    </message>
    <message>
        <source>Savings account {account} of {member}: the balance is {stored}, its entries add up to {entries}.</source>
        <translation>Rekening simpanan {account} milik {member}: saldonya {stored}, jumlah transaksinya {entries}.</translation>
    </message>
    <message>
        <source>Every loan share&apos;s amounts paid equal its payments ({count} shares).</source>
        <translation>Setiap jumlah terbayar pinjaman anggota sama dengan pembayarannya ({count} pinjaman).</translation>
    </message>
    <message>
        <source>Loan shares whose amounts paid differ from their payments: {count}.</source>
        <translation>Pinjaman anggota yang jumlah terbayarnya berbeda dari pembayarannya: {count}.</translation>
    </message>
    <message>
        <source>Loan {loan}, share of {member}: principal paid {stored_principal}, payments {paid_principal}; jasa paid {stored_jasa}, payments {paid_jasa}.</source>
        <translation>Pinjaman {loan}, bagian {member}: pokok terbayar {stored_principal}, pembayaran {paid_principal}; jasa terbayar {stored_jasa}, pembayaran {paid_jasa}.</translation>
    </message>
    <message>
        <source>Every capital pool&apos;s money available equals its entries ({count} pools).</source>
        <translation>Setiap dana tersedia di dana bergulir sama dengan jumlah transaksinya ({count} dana bergulir).</translation>
    </message>
    <message>
        <source>Capital pool {pool}: available {stored}, its entries add up to {entries}.</source>
        <translation>Dana bergulir {pool}: tersedia {stored}, jumlah transaksinya {entries}.</translation>
    </message>
    <message>
        <source>Reversing a posted collection sheet</source>
        <translation>Pembatalan lembar setoran yang sudah dibukukan</translation>
    </message>
    <message>
        <source>Approving a loan</source>
        <translation>Persetujuan pinjaman</translation>
    </message>
    <message>
        <source>Reversing a repayment to the group</source>
        <translation>Pembatalan pembayaran utang ke kelompok</translation>
    </message>
    <message>
        <source>Reversing a loan payment</source>
        <translation>Pembatalan pembayaran pinjaman</translation>
    </message>
    <message>
        <source>Writing off a loan</source>
        <translation>Penghapusbukuan pinjaman</translation>
    </message>
    <message>
        <source>Reopening a closed month</source>
        <translation>Membuka kembali bulan yang sudah ditutup</translation>
    </message>
    <message>
        <source>Reversing a savings entry</source>
        <translation>Pembatalan transaksi simpanan</translation>
    </message>
    <message>
        <source>Actions needing approval</source>
        <translation>Tindakan yang perlu persetujuan</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Profil kantor</translation>
    </message>
    <message>
        <source>Office logo</source>
        <translation>Logo kantor</translation>
    </message>
    <message>
        <source>Lending rules</source>
        <translation>Aturan pinjaman</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>counted {amount}</source>
        <translation>dihitung {amount}</translation>
    </message>
    <message>
        <source>matches the cash book</source>
        <translation>sesuai buku kas</translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation>kurang {amount}</translation>
    </message>
    <message>
        <source>{amount} over</source>
        <translation>lebih {amount}</translation>
    </message>
    <message>
        <source>Told of the decision on request {numbers}</source>
        <translation>Diberi tahu keputusan atas permintaan {numbers}</translation>
    </message>
    <message>
        <source>to {group}</source>
        <translation>ke {group}</translation>
    </message>
    <message>
        <source>{count} written, {first} to {last}</source>
        <translation>{count} dicatat, {first} s.d. {last}</translation>
    </message>
</context>
<context>
    <name>LoanDialogs</name>
    <message>
        <source>Loan card</source>
        <translation>Kartu angsuran</translation>
    </message>
    <message>
        <source>Disbursement record</source>
        <translation>Berita acara penyaluran</translation>
    </message>
    <message>
        <source>{count} member(s)</source>
        <translation>{count} anggota</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; — {borrower}&lt;br&gt;{principal} for {members}, {term} installments, {product}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; — {borrower}&lt;br&gt;{principal} untuk {members}, {term} kali angsuran, {product}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({number}) — loan {loan}{group}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({number}) — pinjaman {loan}{group}</translation>
    </message>
</context>
<context>
    <name>LoanProductDialog</name>
    <message>
        <source>Loan product</source>
        <translation>Produk pinjaman</translation>
    </message>
    <message>
        <source>Offered for new applications</source>
        <translation>Ditawarkan untuk pengajuan baru</translation>
    </message>
    <message>
        <source>A loan keeps the terms of its product as they were when it was applied for: a change here counts for applications from now on.</source>
        <translation>Pinjaman tetap memakai ketentuan produknya seperti pada saat diajukan: perubahan di sini hanya berlaku untuk pengajuan mulai sekarang.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jasa counted</source>
        <translation>Perhitungan jasa</translation>
    </message>
    <message>
        <source>Jasa (% a month)</source>
        <translation>Jasa (% per bulan)</translation>
    </message>
    <message>
        <source>Installments paid</source>
        <translation>Angsuran dibayar</translation>
    </message>
    <message>
        <source>Usual term (installments)</source>
        <translation>Jangka waktu biasa (kali angsuran)</translation>
    </message>
    <message>
        <source>Longest term (installments)</source>
        <translation>Jangka waktu terpanjang (kali angsuran)</translation>
    </message>
    <message>
        <source>At most {max}.</source>
        <translation>Paling banyak {max}.</translation>
    </message>
    <message>
        <source>Grace (periods of jasa only)</source>
        <translation>Masa tenggang (periode bayar jasa saja)</translation>
    </message>
    <message>
        <source>Admin fee (% of the loan)</source>
        <translation>Biaya administrasi (% dari pinjaman)</translation>
    </message>
    <message>
        <source>First loan at most (Rp)</source>
        <translation>Pinjaman pertama paling banyak (Rp)</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>Largest loan (Rp)</source>
        <translation>Pinjaman terbesar (Rp)</translation>
    </message>
    <message>
        <source>Example: enter the rate and the term to see a loan worked out.</source>
        <translation>Contoh: isi jasa dan jangka waktu untuk melihat hitungan sebuah pinjaman.</translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s) of {amount}</source>
        <translation>
            <numerusform>%n kali angsuran {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s) from {first} down to {last}</source>
        <translation>
            <numerusform>%n kali angsuran, dari {first} turun sampai {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>Example: a loan of {loan} is repaid in {each}; jasa in all {jasa}.</source>
        <translation>Contoh: pinjaman {loan} dikembalikan dalam {each}; jasa seluruhnya {jasa}.</translation>
    </message>
    <message numerus="yes">
        <source>First %n installment(s) of jasa only, {amount} each.</source>
        <translation>
            <numerusform>%n angsuran pertama hanya jasa, masing-masing {amount}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Admin fee {fee}.</source>
        <translation>Biaya administrasi {fee}.</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Dana bergulir</translation>
    </message>
    <message>
        <source>Arrears and loan quality</source>
        <translation>Tunggakan dan kolektibilitas</translation>
    </message>
</context>
<context>
    <name>LoansTab</name>
    <message>
        <source>All loans</source>
        <translation>Semua pinjaman</translation>
    </message>
    <message>
        <source>Running, in arrears</source>
        <translation>Berjalan, menunggak</translation>
    </message>
    <message>
        <source>Rejected or cancelled</source>
        <translation>Ditolak atau dibatalkan</translation>
    </message>
    <message>
        <source>Loan number or borrower… (Ctrl+F)</source>
        <translation>Nomor pinjaman atau peminjam… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>New application… (Ctrl+N)</source>
        <translation>Pengajuan baru… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Peminjam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Principal (Rp)</source>
        <translation>Pokok (Rp)</translation>
    </message>
    <message>
        <source>Outstanding (Rp)</source>
        <translation>Sisa pokok (Rp)</translation>
    </message>
    <message>
        <source>Overdue (Rp)</source>
        <translation>Tunggakan (Rp)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Jk. waktu</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Dicairkan</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Dana bergulir</translation>
    </message>
    <message>
        <source>Choose a loan in the list to see its terms and its members.</source>
        <translation>Pilih pinjaman di daftar untuk melihat ketentuan dan anggotanya.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Paid (Rp)</source>
        <translation>Dibayar (Rp)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kolektibilitas</translation>
    </message>
    <message>
        <source>Group debt (Rp)</source>
        <translation>Utang ke kelompok (Rp)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Jasa (Rp)</source>
        <translation>Jasa (Rp)</translation>
    </message>
    <message>
        <source>Installment (Rp)</source>
        <translation>Angsuran (Rp)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kuitansi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Jasa</source>
        <translation>Jasa</translation>
    </message>
    <message>
        <source>Principal left</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal angsuran</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Setujui…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Cancel the application…</source>
        <translation>Batalkan pengajuan…</translation>
    </message>
    <message>
        <source>Disburse…</source>
        <translation>Cairkan…</translation>
    </message>
    <message>
        <source>Print the berita acara</source>
        <translation>Cetak berita acara</translation>
    </message>
    <message>
        <source>The member&apos;s share</source>
        <translation>Pinjaman anggota</translation>
    </message>
    <message>
        <source>Repayment… (Ctrl+R)</source>
        <translation>Bayar angsuran… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Group covers…</source>
        <translation>Talangan kelompok…</translation>
    </message>
    <message>
        <source>Member repays the group…</source>
        <translation>Pengembalian talangan…</translation>
    </message>
    <message>
        <source>Reverse the payment…</source>
        <translation>Batalkan pembayaran…</translation>
    </message>
    <message>
        <source>Reverse a repayment to the group…</source>
        <translation>Batalkan pengembalian talangan…</translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation>Hapus buku…</translation>
    </message>
    <message>
        <source>Print the loan card</source>
        <translation>Cetak kartu angsuran</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Cetak kuitansi</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n pinjaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payments (%n)</source>
        <translation>
            <numerusform>Pembayaran (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{product}: {principal}, {method}, {rate}% a month, {frequency}, {term} installments</source>
        <translation>{product}: {principal}, {method}, jasa {rate}% per bulan, {frequency}, {term} kali angsuran</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) of grace</source>
        <translation>
            <numerusform>masa tenggang %n periode</numerusform>
        </translation>
    </message>
    <message>
        <source>admin fee {fee}</source>
        <translation>biaya administrasi {fee}</translation>
    </message>
    <message>
        <source>for: {purpose}</source>
        <translation>untuk: {purpose}</translation>
    </message>
    <message>
        <source>Applied {date} by {user}</source>
        <translation>Diajukan {date} oleh {user}</translation>
    </message>
    <message>
        <source>Rejected {date} by {user}</source>
        <translation>Ditolak {date} oleh {user}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Approved {date} by {user}</source>
        <translation>Disetujui {date} oleh {user}</translation>
    </message>
    <message>
        <source>Disbursed {date} by {user} from {pool}</source>
        <translation>Dicairkan {date} oleh {user} dari {pool}</translation>
    </message>
    <message>
        <source>&lt;i&gt;waiting for approval by someone other than {user}&lt;/i&gt;</source>
        <translation>&lt;i&gt;menunggu persetujuan dari pengguna selain {user}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;waiting for the treasurer to disburse it&lt;/i&gt;</source>
        <translation>&lt;i&gt;menunggu pencairan oleh bendahara&lt;/i&gt;</translation>
    </message>
    <message>
        <source>paid off.</source>
        <translation>lunas.</translation>
    </message>
    <message>
        <source>written off: {amount}.</source>
        <translation>dihapusbukukan: {amount}.</translation>
    </message>
    <message>
        <source>not disbursed yet; the schedule shows the installments if it were disbursed today.</source>
        <translation>belum dicairkan; jadwal menunjukkan angsuran seandainya dicairkan hari ini.</translation>
    </message>
    <message>
        <source>never disbursed.</source>
        <translation>tidak pernah dicairkan.</translation>
    </message>
    <message numerus="yes">
        <source>overdue &lt;b&gt;{amount}&lt;/b&gt; ({days} days, %n installment(s))</source>
        <translation>
            <numerusform>tunggakan &lt;b&gt;{amount}&lt;/b&gt; ({days} hari, %n angsuran)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>tidak ada tunggakan</translation>
    </message>
    <message>
        <source>next installment {amount} due {date}</source>
        <translation>angsuran berikutnya {amount} jatuh tempo {date}</translation>
    </message>
    <message>
        <source>due now &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>harus dibayar &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>to pay off {amount}</source>
        <translation>pelunasan {amount}</translation>
    </message>
    <message>
        <source>owes the group {amount}</source>
        <translation>utang ke kelompok {amount}</translation>
    </message>
    <message>
        <source>[reversed by {number}]</source>
        <translation>[dibatalkan dengan {number}]</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Menunggak</translation>
    </message>
    <message>
        <source>Overdue, part paid</source>
        <translation>Menunggak, dibayar sebagian</translation>
    </message>
    <message>
        <source>Due next</source>
        <translation>Jatuh tempo berikutnya</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>Dibayar sebagian</translation>
    </message>
    <message>
        <source>You entered this application; someone else must approve it.</source>
        <translation>Anda yang memasukkan pengajuan ini; orang lain yang harus menyetujuinya.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Demo office: log in as any of these users (double-click to fill in).</source>
        <translation>Kantor demo: masuk sebagai salah satu pengguna ini (klik dua kali untuk mengisi).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
</context>
<context>
    <name>LoginNotices</name>
    <message>
        <source>The books need checking</source>
        <translation>Buku kantor perlu diperiksa</translation>
    </message>
    <message>
        <source>The start-up check found a problem. Tell the administrator or the chair, and keep a paper note of the money you record until it is sorted out.</source>
        <translation>Pemeriksaan saat mulai menemukan masalah. Beri tahu administrator atau ketua, dan catat juga di kertas uang yang Anda bukukan sampai masalahnya selesai.</translation>
    </message>
    <message>
        <source>Check the books for the full report. If the books were changed outside Berdaya, restoring the last good backup may be needed.</source>
        <translation>Periksa buku kantor untuk laporan lengkapnya. Jika buku kantor diubah di luar Berdaya, mungkin perlu memulihkan cadangan terakhir yang baik.</translation>
    </message>
    <message>
        <source>Check the books</source>
        <translation>Periksa buku kantor</translation>
    </message>
    <message>
        <source>Today&apos;s backup is not on the USB drive</source>
        <translation>Cadangan hari ini tidak tersimpan di flashdisk</translation>
    </message>
    <message>
        <source>The folder {wanted} was not found, so today&apos;s backup went to the program&apos;s own folder: {file}. Plug in the USB drive, then choose Back up now to have a copy off this computer.</source>
        <translation>Folder {wanted} tidak ditemukan, jadi cadangan hari ini disimpan di folder milik program: {file}. Pasang flashdisk, lalu pilih Cadangkan sekarang agar ada salinan di luar komputer ini.</translation>
    </message>
    <message>
        <source>The computer&apos;s date looks wrong</source>
        <translation>Tanggal komputer tampaknya salah</translation>
    </message>
    <message>
        <source>Today&apos;s backup was not made</source>
        <translation>Cadangan hari ini tidak dibuat</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while backing up; the details are in the log file.</source>
        <translation>Terjadi kesalahan yang tidak terduga saat mencadangkan; rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>No backup of these books has been made in {folder} yet.</source>
        <translation>Belum pernah ada cadangan buku kantor ini di {folder}.</translation>
    </message>
    <message>
        <source>The last backup in {folder} was made on {when}, more than {days} days ago.</source>
        <translation>Cadangan terakhir di {folder} dibuat pada {when}, lebih dari {days} hari yang lalu.</translation>
    </message>
    <message>
        <source>A copy on a USB drive kept away from this computer saves the books when the computer breaks or is stolen.</source>
        <translation>Salinan di flashdisk yang disimpan jauh dari komputer ini menyelamatkan buku kantor bila komputer rusak atau dicuri.</translation>
    </message>
    <message>
        <source>Time for a backup</source>
        <translation>Saatnya mencadangkan</translation>
    </message>
    <message>
        <source>The backup on closing is not on the USB drive</source>
        <translation>Cadangan saat ditutup tidak tersimpan di flashdisk</translation>
    </message>
    <message>
        <source>When Berdaya closed on {when}, the folder {wanted} was not found, so the backup went to the program&apos;s own folder: {file}. Plug in the USB drive, then choose Back up now.</source>
        <translation>Saat Berdaya ditutup pada {when}, folder {wanted} tidak ditemukan, jadi cadangan disimpan di folder milik program: {file}. Pasang flashdisk, lalu pilih Cadangkan sekarang.</translation>
    </message>
    <message>
        <source>something unexpected went wrong; the details are in the log file.</source>
        <translation>terjadi kesalahan yang tidak terduga; rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>No backup when Berdaya closed</source>
        <translation>Tidak ada cadangan saat Berdaya ditutup</translation>
    </message>
    <message>
        <source>When Berdaya closed on {when}, no backup could be made: {reason} The books themselves are safe. Choose Back up now to make one.</source>
        <translation>Saat Berdaya ditutup pada {when}, cadangan tidak dapat dibuat: {reason} Buku kantor sendiri tetap aman. Pilih Cadangkan sekarang untuk membuatnya.</translation>
    </message>
    <message>
        <source>The folder {folder} is still not there. Plug in the USB drive, then choose Back up now again.</source>
        <translation>Folder {folder} masih belum ada. Pasang flashdisk, lalu pilih Cadangkan sekarang lagi.</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Dicadangkan ke {file}.</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Persetujuan</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your approval.</source>
        <translation>
            <numerusform>%n permintaan menunggu persetujuan Anda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the approvals</source>
        <translation>Buka halaman Persetujuan</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…dan {count} lainnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your requests were decided.</source>
        <translation>
            <numerusform>%n permintaan Anda sudah diputuskan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Permintaan Anda</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Open the follow-ups</source>
        <translation>Buka tindak lanjut</translation>
    </message>
    <message>
        <source>Every follow-up is done or not yet due.</source>
        <translation>Semua tindak lanjut sudah selesai atau belum sampai batas waktunya.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) of your visits or your groups are past their due date.</source>
        <translation>
            <numerusform>%n tindak lanjut dari kunjungan atau kelompok Anda sudah melewati batas waktunya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) agreed at mentoring visits are past their due date.</source>
        <translation>
            <numerusform>%n tindak lanjut yang disepakati dalam kunjungan pendampingan sudah melewati batas waktunya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Berdaya — {office}</source>
        <translation>Berdaya — {office}</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>Meeting day</source>
        <translation>Rapat kelompok</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Group development</source>
        <translation>Pendampingan</translation>
    </message>
    <message>
        <source>Cash book</source>
        <translation>Buku kas</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Approvals ({count})</source>
        <translation>Persetujuan ({count})</translation>
    </message>
    <message>
        <source>&amp;Books</source>
        <translation>&amp;Buku kantor</translation>
    </message>
    <message>
        <source>Open other books…</source>
        <translation>Buka buku kantor lain…</translation>
    </message>
    <message>
        <source>Start new books…</source>
        <translation>Mulai buku kantor baru…</translation>
    </message>
    <message>
        <source>Open the demo office</source>
        <translation>Buka kantor demo</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Cadangkan sekarang…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Check the books</source>
        <translation>Periksa buku kantor</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Tutup Berdaya</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Ubah kata sandi saya…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>About Berdaya</source>
        <translation>Tentang Berdaya</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Cari anggota</translation>
    </message>
    <message>
        <source>Member number, NIK or name — or scan a card (F3)</source>
        <translation>Nomor anggota, NIK, atau nama — atau pindai kartu (F3)</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Pengguna: {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Buku kantor: {path}</translation>
    </message>
    <message>
        <source>DEMO OFFICE — not real books</source>
        <translation>KANTOR DEMO — bukan buku kantor sungguhan</translation>
    </message>
    <message>
        <source>Berdaya 0.1 — the office program for community empowerment groups and their savings-and-loan cooperative.</source>
        <translation>Berdaya 0.1 — program kantor untuk kelompok pemberdayaan masyarakat dan koperasi simpan pinjamnya.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The window closes once this is done.</source>
        <translation>Jendela ditutup setelah ini selesai.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Session {n}: not entered yet</source>
        <translation>Sesi ke-{n}: belum dicatat</translation>
    </message>
    <message>
        <source>Session {n}: {topic}, {date}</source>
        <translation>Sesi ke-{n}: {topic}, {date}</translation>
    </message>
</context>
<context>
    <name>MemberBookDialog</name>
    <message>
        <source>Print the member book</source>
        <translation>Cetak buku daftar anggota</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>Seluruh kantor</translation>
    </message>
    <message>
        <source>Include members who left</source>
        <translation>Sertakan anggota yang sudah keluar</translation>
    </message>
    <message>
        <source>Make the book</source>
        <translation>Buat buku</translation>
    </message>
    <message>
        <source>Member book</source>
        <translation>Buku daftar anggota</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member {number}</source>
        <translation>Anggota {number}</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Anggota baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Active member of {group}.</source>
        <translation>Anggota aktif {group}.</translation>
    </message>
    <message>
        <source>Left the office on {date}: {reason}</source>
        <translation>Keluar dari keanggotaan pada {date}: {reason}</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Occupation / business</source>
        <translation>Pekerjaan / usaha</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Street / place</source>
        <translation>Jalan / tempat</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Kelurahan / desa</source>
        <translation>Kelurahan / desa</translation>
    </message>
    <message>
        <source>Household and welfare</source>
        <translation>Keluarga dan kesejahteraan</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Jumlah anggota keluarga</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>belum diketahui</translation>
    </message>
    <message>
        <source>Welfare level</source>
        <translation>Tingkat kesejahteraan</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <source>for example: BKKBN family survey 2025</source>
        <translation>misalnya: Pendataan Keluarga BKKBN 2025</translation>
    </message>
    <message>
        <source>Date of the data</source>
        <translation>Tanggal data</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>Tanggal bergabung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Member (moved on)</source>
        <translation>Anggota (pindah kelompok)</translation>
    </message>
    <message>
        <source>Member (left the office)</source>
        <translation>Anggota (keluar)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Belum ada foto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Bukan berkas gambar</translation>
    </message>
</context>
<context>
    <name>MemberExport</name>
    <message>
        <source>Export the member list</source>
        <translation>Ekspor daftar anggota</translation>
    </message>
    <message>
        <source>%n member(s) saved to {file}.</source>
        <translation>%n anggota disimpan ke {file}.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Exporting members</source>
        <translation>Mengekspor anggota</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>JK</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Member number or name — or scan the card</source>
        <translation>Nomor atau nama anggota — atau pindai kartunya</translation>
    </message>
</context>
<context>
    <name>MemberSavingsTab</name>
    <message>
        <source>Choose a member to see their savings.</source>
        <translation>Pilih anggota untuk melihat simpanannya.</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>Balance (Rp)</source>
        <translation>Saldo (Rp)</translation>
    </message>
    <message>
        <source>Owed (Rp)</source>
        <translation>Belum dibayar (Rp)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kuitansi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>In (Rp)</source>
        <translation>Masuk (Rp)</translation>
    </message>
    <message>
        <source>Out (Rp)</source>
        <translation>Keluar (Rp)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Deposit… (Ctrl+D)</source>
        <translation>Setor… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Withdrawal… (Ctrl+W)</source>
        <translation>Tarik… (Ctrl+W)</translation>
    </message>
    <message>
        <source>Reverse the entry…</source>
        <translation>Batalkan transaksi…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Cetak kuitansi</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Rekening simpanan…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <translation>Saldo awal</translation>
    </message>
    <message>
        <source>[reversed by {number}]</source>
        <translation>[dibatalkan dengan {number}]</translation>
    </message>
    <message>
        <source>left the office</source>
        <translation>sudah keluar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({number}) — {group}{status}&lt;br&gt;Total savings &lt;b&gt;{total}&lt;/b&gt;{owed}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({number}) — {group}{status}&lt;br&gt;Jumlah simpanan &lt;b&gt;{total}&lt;/b&gt;{owed}</translation>
    </message>
    <message>
        <source>owes {owed}</source>
        <translation>belum membayar {owed}</translation>
    </message>
    <message>
        <source>Passbook: {product}</source>
        <translation>Buku tabungan: {product}</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n transaksi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search name, member number or NIK…</source>
        <translation>Cari nama, nomor anggota, atau NIK…</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Both sexes</source>
        <translation>Semua jenis kelamin</translation>
    </message>
    <message>
        <source>Any welfare level</source>
        <translation>Semua tingkat kesejahteraan</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Member cards…</source>
        <translation>Kartu anggota…</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Import members from Excel or CSV…</source>
        <translation>Impor anggota dari Excel atau CSV…</translation>
    </message>
    <message>
        <source>Export the list to Excel or CSV…</source>
        <translation>Ekspor daftar ke Excel atau CSV…</translation>
    </message>
    <message>
        <source>Member book…</source>
        <translation>Buku daftar anggota…</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>Tambah anggota…</translation>
    </message>
    <message>
        <source>Open / change…</source>
        <translation>Buka / ubah…</translation>
    </message>
    <message>
        <source>Move to group…</source>
        <translation>Pindah kelompok…</translation>
    </message>
    <message>
        <source>Leaves the office…</source>
        <translation>Anggota keluar…</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n anggota</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthCloseTab</name>
    <message>
        <source>Close the month…</source>
        <translation>Tutup buku bulan…</translation>
    </message>
    <message>
        <source>Reopen the latest closed month…</source>
        <translation>Buka kembali bulan terakhir yang ditutup…</translation>
    </message>
    <message>
        <source>Print the month&apos;s cash book…</source>
        <translation>Cetak buku kas bulan terpilih…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last count</source>
        <translation>Hitung kas terakhir</translation>
    </message>
    <message>
        <source>Opening
(Rp)</source>
        <translation>Saldo awal
(Rp)</translation>
    </message>
    <message>
        <source>In
(Rp)</source>
        <translation>Masuk
(Rp)</translation>
    </message>
    <message>
        <source>Out
(Rp)</source>
        <translation>Keluar
(Rp)</translation>
    </message>
    <message>
        <source>Closing
(Rp)</source>
        <translation>Saldo akhir
(Rp)</translation>
    </message>
    <message>
        <source>Bank
(Rp)</source>
        <translation>Bank
(Rp)</translation>
    </message>
    <message>
        <source>Difference
(Rp)</source>
        <translation>Selisih
(Rp)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>A closed month keeps the figures it had when it was closed; nothing dated in it can be posted or reversed. Months close in order.</source>
        <translation>Bulan yang sudah ditutup menyimpan angka saat ditutup; tidak ada transaksi bertanggal di dalamnya yang dapat dicatat atau dibatalkan. Bulan ditutup berurutan.</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <translation>Ditutup {date}</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Belum ditutup</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>oleh {name}</translation>
    </message>
    <message>
        <source>reopened {date} by {name}: {reason}</source>
        <translation>dibuka kembali {date} oleh {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n count(s) with a difference</source>
        <translation>
            <numerusform>%n hitungan dengan selisih</numerusform>
        </translation>
    </message>
    <message>
        <source>No month is waiting to be closed.</source>
        <translation>Tidak ada bulan yang menunggu ditutup.</translation>
    </message>
    <message>
        <source>The next month to close is &lt;b&gt;{month}&lt;/b&gt;.</source>
        <translation>Bulan berikutnya yang ditutup: &lt;b&gt;{month}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Close {month}…</source>
        <translation>Tutup buku {month}…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another group</source>
        <translation>Pindah ke kelompok lain</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Kelompok baru</translation>
    </message>
    <message>
        <source>Moves on</source>
        <translation>Tanggal pindah</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
</context>
<context>
    <name>NikField</name>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>%n more digit(s)</source>
        <translation>kurang %n digit</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Appoint an officer</source>
        <translation>Angkat pengurus</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Appoint</source>
        <translation>Angkat</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Pilih anggotanya.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Isi tanggal mulainya.</translation>
    </message>
</context>
<context>
    <name>OverdueDialog</name>
    <message>
        <source>Follow-ups past their due date</source>
        <translation>Tindak lanjut yang melewati batas waktu</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Yang disepakati</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Hari terlambat</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Mark a follow-up done when it was done; open the visits to change what was agreed or its due date.</source>
        <translation>Tandai tindak lanjut selesai bila sudah dikerjakan; buka daftar kunjungan untuk mengubah kesepakatan atau batas waktunya.</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Tandai selesai…</translation>
    </message>
    <message>
        <source>Open the visits</source>
        <translation>Buka kunjungan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Every follow-up is done or not yet due.</source>
        <translation>Semua tindak lanjut sudah selesai atau belum sampai batas waktunya.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n follow-up(s) of your visits or your groups are past their due date.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n tindak lanjut dari kunjungan atau kelompok Anda sudah melewati batas waktu.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n follow-up(s) agreed at mentoring visits are past their due date.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n tindak lanjut yang disepakati pada kunjungan pendampingan sudah melewati batas waktu.&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Ubah kata sandi saya</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi sekarang</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation>Kata sandi baru untuk {name}</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>The group covers an installment</source>
        <translation>Kelompok menalangi angsuran</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Pembayaran angsuran</translation>
    </message>
    <message>
        <source>The group pays what {name} missed; {name} then owes the group that amount until it is paid back.</source>
        <translation>Kelompok membayar angsuran yang tidak dibayar {name}; {name} lalu berutang sejumlah itu kepada kelompok sampai dikembalikan.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Pay off the whole loan (later jasa is not charged)</source>
        <translation>Lunasi seluruh pinjaman (jasa berikutnya tidak ditagih)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Print the receipt afterwards</source>
        <translation>Cetak kuitansi sesudahnya</translation>
    </message>
    <message>
        <source>Post the cover</source>
        <translation>Catat talangan</translation>
    </message>
    <message>
        <source>Post the payment</source>
        <translation>Catat pembayaran</translation>
    </message>
    <message>
        <source>Not disbursed yet.</source>
        <translation>Belum dicairkan.</translation>
    </message>
    <message numerus="yes">
        <source>{days} days, %n installment(s)</source>
        <translation>
            <numerusform>{days} hari, %n angsuran</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>tidak ada tunggakan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source>Next installment</source>
        <translation>Angsuran berikutnya</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>jatuh tempo {date}</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jatuh tempo sekarang</translation>
    </message>
    <message>
        <source>To pay off the loan</source>
        <translation>Pelunasan pinjaman</translation>
    </message>
    <message>
        <source>principal left {principal}</source>
        <translation>sisa pokok {principal}</translation>
    </message>
    <message>
        <source>Post the payoff</source>
        <translation>Catat pelunasan</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>This PDF cannot be opened.</source>
        <translation>PDF ini tidak dapat dibuka.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sesuaikan lebar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <source>Open in PDF reader</source>
        <translation>Buka di pembaca PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Tidak tercetak</translation>
    </message>
    <message>
        <source>The PDF could not be printed.

{reason}</source>
        <translation>PDF tidak dapat dicetak.

{reason}</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>The copy could not be saved as {path}. If that file is open in another program, close it and try again.

{reason}</source>
        <translation>Salinan tidak dapat disimpan sebagai {path}. Jika berkas itu sedang terbuka di program lain, tutup dulu, lalu coba lagi.

{reason}</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Tidak terbuka</translation>
    </message>
    <message>
        <source>No PDF reader could be started. The file is {path}.</source>
        <translation>Tidak ada program pembaca PDF yang dapat dijalankan. Berkasnya ada di {path}.</translation>
    </message>
</context>
<context>
    <name>PoolDialog</name>
    <message>
        <source>New pool</source>
        <translation>Dana bergulir baru</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Sumber dana baru…</translation>
    </message>
    <message>
        <source>Source of the capital</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Name of the pool</source>
        <translation>Nama dana bergulir</translation>
    </message>
    <message>
        <source>for example: Dana Bergulir PNPM 2026</source>
        <translation>misalnya: Dana Bergulir PNPM 2026</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Tanggal dibuka</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Keep one pool for each grant or budget whose use you must report on. After saving, record the capital received.</source>
        <translation>Buat satu dana bergulir untuk setiap hibah atau anggaran yang penggunaannya harus dilaporkan. Setelah disimpan, catat modal yang diterima.</translation>
    </message>
    <message>
        <source>Open the pool</source>
        <translation>Buka dana bergulir</translation>
    </message>
</context>
<context>
    <name>PoolsTab</name>
    <message>
        <source>Capital received</source>
        <translation>Modal diterima</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>Disalurkan</translation>
    </message>
    <message>
        <source>Principal back</source>
        <translation>Pokok kembali</translation>
    </message>
    <message>
        <source>Share of the principal lent that is back</source>
        <translation>Persentase pokok yang sudah kembali</translation>
    </message>
    <message>
        <source>Jasa back</source>
        <translation>Jasa diterima</translation>
    </message>
    <message>
        <source>Admin fees</source>
        <translation>Biaya administrasi</translation>
    </message>
    <message>
        <source>Written off (lost)</source>
        <translation>Dihapusbukukan (hilang)</translation>
    </message>
    <message>
        <source>Out with borrowers now</source>
        <translation>Masih di peminjam</translation>
    </message>
    <message>
        <source>Available to lend now</source>
        <translation>Tersedia untuk dipinjamkan</translation>
    </message>
    <message>
        <source>Worth now (available + out)</source>
        <translation>Nilai sekarang (tersedia + di peminjam)</translation>
    </message>
    <message>
        <source>Figures in rupiah. Click a pool&apos;s column to see its ledger below.</source>
        <translation>Angka dalam rupiah. Klik kolom sebuah dana bergulir untuk melihat mutasinya di bawah.</translation>
    </message>
    <message>
        <source>In rupiah</source>
        <translation>Dalam rupiah</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Sumber dana baru…</translation>
    </message>
    <message>
        <source>New pool…</source>
        <translation>Dana bergulir baru…</translation>
    </message>
    <message>
        <source>Receive capital…</source>
        <translation>Terima modal…</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Dana bergulir</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <source>How the money rolled</source>
        <translation>Perguliran dana</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>Loan, borrower, note</source>
        <translation>Pinjaman, peminjam, catatan</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Kas masuk</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Kas keluar</translation>
    </message>
    <message>
        <source>Principal lent</source>
        <translation>Pokok disalurkan</translation>
    </message>
    <message>
        <source>Principal back
or lost</source>
        <translation>Pokok kembali
atau hilang</translation>
    </message>
    <message>
        <source>Available
after</source>
        <translation>Tersedia
sesudahnya</translation>
    </message>
    <message>
        <source>Out with
borrowers after</source>
        <translation>Di peminjam
sesudahnya</translation>
    </message>
    <message>
        <source>In rupiah. Reversed entries and their reversals are struck through.</source>
        <translation>Dalam rupiah. Transaksi yang dibatalkan beserta pembatalannya dicoret.</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <source>Whose money</source>
        <translation>Asal uang</translation>
    </message>
    <message>
        <source>Lent (Rp)</source>
        <translation>Disalurkan (Rp)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Loans: the loans in which money of that generation was the newest money.</source>
        <translation>Pinjaman: jumlah pinjaman yang uang terbarunya berasal dari putaran itu.</translation>
    </message>
    <message>
        <source>Loans lent from money that earlier borrowers repaid</source>
        <translation>Pinjaman yang disalurkan dari uang pengembalian peminjam sebelumnya</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Peminjam</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>Tanggal disalurkan</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>From capital
(Rp)</source>
        <translation>Dari modal
(Rp)</translation>
    </message>
    <message>
        <source>From repayments
(Rp)</source>
        <translation>Dari pengembalian
(Rp)</translation>
    </message>
    <message>
        <source>Repaid earlier by</source>
        <translation>Sebelumnya dikembalikan oleh</translation>
    </message>
    <message>
        <source>Brought forward</source>
        <translation>Saldo awal</translation>
    </message>
    <message>
        <source>All pools</source>
        <translation>Semua dana bergulir</translation>
    </message>
    <message>
        <source>No source of capital is recorded yet. Start with New source, then open a pool for it and record the capital received.</source>
        <translation>Belum ada sumber dana yang dicatat. Mulailah dengan Sumber dana baru, lalu buka dana bergulir untuk sumber itu dan catat modal yang diterima.</translation>
    </message>
    <message>
        <source>Sources of capital: {names}</source>
        <translation>Sumber dana: {names}</translation>
    </message>
    <message>
        <source>Open a pool to lend from it.</source>
        <translation>Buka dana bergulir untuk mulai menyalurkan pinjaman.</translation>
    </message>
    <message>
        <source>opened {date}, funded by {source}</source>
        <translation>dibuka {date}, sumber dana {source}</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n transaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>The source&apos;s capital</source>
        <translation>Modal dari sumber dana</translation>
    </message>
    <message>
        <source>Repaid by borrowers of generation {n}</source>
        <translation>Pengembalian peminjam putaran {n}</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>Semua pinjaman</translation>
    </message>
    <message>
        <source>Nothing has been lent from this pool yet.</source>
        <translation>Belum ada pinjaman yang disalurkan dari dana bergulir ini.</translation>
    </message>
    <message>
        <source>{pool} has lent {lent} in all, {again} of it money that borrowers had repaid.</source>
        <translation>{pool} sudah menyalurkan {lent} seluruhnya, {again} di antaranya dari uang pengembalian peminjam.</translation>
    </message>
    <message>
        <source>Each rupiah of capital has been lent {times} times.</source>
        <translation>Setiap rupiah modal sudah bergulir {times} kali.</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <source>Withdrawal</source>
        <translation>Penarikan</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Setoran</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Print the receipt afterwards</source>
        <translation>Cetak kuitansi sesudahnya</translation>
    </message>
    <message>
        <source>Post the withdrawal</source>
        <translation>Catat penarikan</translation>
    </message>
    <message>
        <source>Post the deposit</source>
        <translation>Catat setoran</translation>
    </message>
    <message>
        <source>This member has no savings that can be withdrawn.</source>
        <translation>Anggota ini tidak punya simpanan yang dapat ditarik.</translation>
    </message>
    <message>
        <source>This member has no savings account.</source>
        <translation>Anggota ini belum memiliki rekening simpanan.</translation>
    </message>
    <message>
        <source>Balance {balance}</source>
        <translation>Saldo {balance}</translation>
    </message>
    <message>
        <source>owed {owed}</source>
        <translation>belum dibayar {owed}</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Savings product</source>
        <translation>Produk simpanan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>New members get this savings</source>
        <translation>Anggota baru mendapat simpanan ini</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Paid once on joining; cannot be withdrawn while a member; paid out on leaving.</source>
        <translation>Dibayar sekali saat masuk; tidak dapat diambil selama menjadi anggota; dikembalikan saat keluar.</translation>
    </message>
    <message>
        <source>Paid each month or each group meeting; cannot be withdrawn while a member; paid out on leaving. What members owe is counted for monthly wajib now; per meeting, once the group&apos;s meetings are recorded.</source>
        <translation>Dibayar setiap bulan atau setiap pertemuan kelompok; tidak dapat diambil selama menjadi anggota; dikembalikan saat keluar. Tunggakan simpanan wajib bulanan sudah dihitung; untuk wajib per pertemuan, setelah pertemuan kelompok dicatat.</translation>
    </message>
    <message>
        <source>Any amount at any time; can be withdrawn.</source>
        <translation>Berapa saja, kapan saja; dapat diambil.</translation>
    </message>
    <message>
        <source>Every active member gets an account in it from today.</source>
        <translation>Setiap anggota aktif mendapat rekening simpanan ini mulai hari ini.</translation>
    </message>
    <message>
        <source>A new amount counts for what members owe from the start, past months included; a product that is no longer in use is no longer owed.</source>
        <translation>Jumlah baru berlaku untuk seluruh kewajiban anggota sejak awal, termasuk bulan-bulan yang lalu; produk yang tidak dipakai lagi tidak dihitung sebagai tunggakan.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Change program</source>
        <translation>Ubah program</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Program baru</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>for example: Women&apos;s business school 2026</source>
        <translation>misalnya: Sekolah Usaha Perempuan 2026</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Sesi yang direncanakan</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>tidak ditentukan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Open: new sessions may be added</source>
        <translation>Terbuka: sesi baru boleh ditambahkan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <source>Rate = (present + late) ÷ everyone marked (present, late, excused, absent). Members not marked are not counted: their attendance was not taken.</source>
        <translation>Tingkat kehadiran = (hadir + terlambat) ÷ semua yang ditandai (hadir, terlambat, izin, tidak hadir). Anggota yang belum ditandai tidak dihitung: kehadirannya tidak dicatat.</translation>
    </message>
    <message>
        <source>Rates by</source>
        <translation>Tingkat kehadiran per</translation>
    </message>
    <message>
        <source>member</source>
        <translation>anggota</translation>
    </message>
    <message>
        <source>group</source>
        <translation>kelompok</translation>
    </message>
    <message>
        <source>kind of session</source>
        <translation>jenis sesi</translation>
    </message>
    <message>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Semua program</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>All marks</source>
        <translation>Jumlah seluruhnya</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Jenis sesi</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tingkat kehadiran</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Ditandai</translation>
    </message>
    <message>
        <source>Choose a program above to see who attended which of its sessions.</source>
        <translation>Pilih program di atas untuk melihat siapa yang menghadiri sesi-sesinya.</translation>
    </message>
    <message>
        <source>P</source>
        <comment>present, one letter</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>L</source>
        <comment>late, one letter</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused, one letter</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent, one letter</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>{attended} of {marked} · {rate}</source>
        <translation>{attended} dari {marked} · {rate}</translation>
    </message>
    <message numerus="yes">
        <source>{program}: %n session(s) held of {planned} · who attended which</source>
        <translation>
            <numerusform>{program}: %n dari {planned} sesi sudah diadakan · siapa hadir di sesi mana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>ReceiveCapitalDialog</name>
    <message>
        <source>Receive capital</source>
        <translation>Terima modal</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Dana bergulir</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>for example: transfer of the first tranche, letter no. …</source>
        <translation>misalnya: transfer tahap pertama, surat no. …</translation>
    </message>
    <message>
        <source>Record the capital</source>
        <translation>Catat modal</translation>
    </message>
    <message>
        <source>There is no pool yet; open one first.</source>
        <translation>Belum ada dana bergulir; buka dulu dana bergulir.</translation>
    </message>
    <message>
        <source>Available to lend now: {available}</source>
        <translation>Tersedia untuk dipinjamkan sekarang: {available}</translation>
    </message>
</context>
<context>
    <name>RejectRequestDialog</name>
    <message>
        <source>Reject the request</source>
        <translation>Tolak permintaan</translation>
    </message>
    <message>
        <source>Nothing of what was asked is done; {user} sees the reason.</source>
        <translation>Tidak ada yang dijalankan dari permintaan ini; {user} akan melihat alasannya.</translation>
    </message>
    <message>
        <source>for example: the deposit slip shows the amount was right</source>
        <translation>misalnya: slip setoran menunjukkan jumlahnya sudah benar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
</context>
<context>
    <name>ReopenMonthDialog</name>
    <message>
        <source>Reopen a closed month</source>
        <translation>Buka kembali bulan yang sudah ditutup</translation>
    </message>
    <message>
        <source>&lt;b&gt;{month}&lt;/b&gt; is closed.</source>
        <translation>Buku &lt;b&gt;{month}&lt;/b&gt; sudah ditutup.</translation>
    </message>
    <message>
        <source>Postings and reversals dated in the month become possible again. The close stays on record, marked reopened with your reason; close the month again when the corrections are done.</source>
        <translation>Transaksi dan pembatalan bertanggal di bulan ini dapat dicatat lagi. Catatan tutup buku tetap disimpan, ditandai dibuka kembali dengan alasan Anda; tutup lagi bulan ini setelah koreksi selesai.</translation>
    </message>
    <message>
        <source>for example: a deposit of 12 March was not posted</source>
        <translation>misalnya: setoran tanggal 12 Maret belum dicatat</translation>
    </message>
    <message>
        <source>Reopen the month</source>
        <translation>Buka kembali bulan ini</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Restore the backup of {when}?</source>
        <translation>Pulihkan cadangan tanggal {when}?</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>It holds the books of {office} — members: {members}; last money posted: {last}.</source>
        <translation>Isinya buku kantor {office} — anggota: {members}; pembukuan uang terakhir: {last}.</translation>
    </message>
    <message>
        <source>The books at {books} are replaced by this backup. Whatever was recorded after {when} is no longer in them. The current books are backed up first, so nothing is lost. Everyone logs in again afterwards.</source>
        <translation>Buku kantor di {books} diganti dengan cadangan ini. Apa pun yang dicatat setelah {when} tidak lagi ada di dalamnya. Buku kantor yang sekarang dicadangkan lebih dulu, jadi tidak ada yang hilang. Sesudahnya semua pengguna masuk lagi.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ReverseCashDialog</name>
    <message>
        <source>Voucher {number} of {date}: {kind} of {amount}</source>
        <translation>Bukti kas {number} tanggal {date}: {kind} sebesar {amount}</translation>
    </message>
    <message>
        <source>Reverse a cash entry</source>
        <translation>Batalkan transaksi kas</translation>
    </message>
    <message>
        <source>The entry stays in the book; a reversal of the opposite amount cancels it.</source>
        <translation>Transaksi tetap ada di buku; pembatalan dengan jumlah yang berlawanan meniadakannya.</translation>
    </message>
    <message>
        <source>for example: the amount was typed wrong</source>
        <translation>misalnya: jumlahnya salah ketik</translation>
    </message>
    <message>
        <source>Reverse the entry</source>
        <translation>Batalkan transaksi</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>Tanggal pembatalan</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Reverse an entry</source>
        <translation>Batalkan transaksi</translation>
    </message>
    <message>
        <source>Receipt {number} of {date}: {kind} of {amount} to {product}.</source>
        <translation>Kuitansi {number} tanggal {date}: {kind} {amount} pada {product}.</translation>
    </message>
    <message>
        <source>The entry stays in the books; a reversal of the opposite amount cancels it.</source>
        <translation>Transaksi ini tetap tercatat; pembatalan dengan jumlah sebaliknya meniadakannya.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>Tanggal pembatalan</translation>
    </message>
    <message>
        <source>Print the reversal slip afterwards</source>
        <translation>Cetak bukti pembatalan sesudahnya</translation>
    </message>
    <message>
        <source>Reverse the entry</source>
        <translation>Batalkan transaksi</translation>
    </message>
</context>
<context>
    <name>ReversePaymentDialog</name>
    <message>
        <source>Reverse a payment</source>
        <translation>Batalkan pembayaran</translation>
    </message>
    <message>
        <source>Receipt {number} of {date}: {kind} of {amount}.</source>
        <translation>Kuitansi {number} tanggal {date}: {kind} {amount}.</translation>
    </message>
    <message>
        <source>The payment stays on the card; a reversal of the opposite amount cancels it, and the pool and the installments move back with it.</source>
        <translation>Pembayaran ini tetap tercatat di kartu; pembatalan dengan jumlah sebaliknya meniadakannya, dan dana bergulir serta angsuran ikut kembali seperti sebelumnya.</translation>
    </message>
    <message>
        <source>What the member owes the group for it is cancelled too.</source>
        <translation>Utang anggota kepada kelompok untuk talangan ini juga dibatalkan.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>Tanggal pembatalan</translation>
    </message>
    <message>
        <source>Print the reversal slip afterwards</source>
        <translation>Cetak bukti pembatalan sesudahnya</translation>
    </message>
    <message>
        <source>Reverse the payment</source>
        <translation>Batalkan pembayaran</translation>
    </message>
</context>
<context>
    <name>ReverseSheetDialog</name>
    <message>
        <source>Reverse the sheet</source>
        <translation>Batalkan daftar setoran</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{group}&lt;/b&gt; — meeting of {date}: %n member(s), {money_in} in, {money_out} out.</source>
        <translation>
            <numerusform>&lt;b&gt;{group}&lt;/b&gt; — rapat tanggal {date}: %n anggota, masuk {money_in}, keluar {money_out}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every deposit, withdrawal and installment the sheet posted is reversed; they stay in the books with the reason. The sheet of this day can then be entered again.</source>
        <translation>Setiap setoran, penarikan dan angsuran dari daftar ini dibatalkan; semuanya tetap tercatat beserta alasannya. Daftar hari ini kemudian dapat diisi lagi.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>for example: the meeting was entered under the wrong date</source>
        <translation>misalnya: rapat dicatat pada tanggal yang salah</translation>
    </message>
</context>
<context>
    <name>SavingsPage</name>
    <message>
        <source>Member</source>
        <translation>Per anggota</translation>
    </message>
    <message>
        <source>Group summary</source>
        <translation>Rekap kelompok</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Change session</source>
        <translation>Ubah sesi</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesi baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>for example: simple bookkeeping for the group</source>
        <translation>misalnya: pembukuan sederhana untuk kelompok</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Nomor sesi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Groups invited</source>
        <translation>Kelompok yang diundang</translation>
    </message>
    <message>
        <source>Find a group…</source>
        <translation>Cari kelompok…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) invited. Their members on the session&apos;s day make its list.</source>
        <translation>
            <numerusform>%n kelompok diundang. Anggotanya pada hari sesi menjadi daftar hadir sesi ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>next: {n}</source>
        <translation>berikutnya: {n}</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Attendance rates</source>
        <translation>Tingkat kehadiran</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Semua sesi</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Akan datang</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Sudah lewat</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Semua program</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>New session… (Ctrl+N)</source>
        <translation>Sesi baru… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>New program…</source>
        <translation>Program baru…</translation>
    </message>
    <message>
        <source>Change program…</source>
        <translation>Ubah program…</translation>
    </message>
    <message>
        <source>Print attendance sheet…</source>
        <translation>Cetak daftar hadir…</translation>
    </message>
    <message>
        <source>{program} · {seq}</source>
        <translation>{program} · {seq}</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>belum dicatat</translation>
    </message>
    <message>
        <source>{came} of {listed} came</source>
        <translation>{came} dari {listed} hadir</translation>
    </message>
    <message>
        <source>{n} not marked</source>
        <translation>{n} belum ditandai</translation>
    </message>
    <message>
        <source>{held} of {planned} held</source>
        <translation>{held} dari {planned} sudah diadakan</translation>
    </message>
    <message>
        <source>{held} held</source>
        <translation>{held} sudah diadakan</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Hapus sesi</translation>
    </message>
    <message>
        <source>Delete the session {topic} of {date}? Do this only for a session that did not take place.</source>
        <translation>Hapus sesi {topic} tanggal {date}? Lakukan ini hanya untuk sesi yang tidak jadi diadakan.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Daftar hadir</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Member number prefix</source>
        <translation>Awalan nomor anggota</translation>
    </message>
    <message>
        <source>Logo (on cards and documents)</source>
        <translation>Logo (pada kartu dan dokumen)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Choose the office logo</source>
        <translation>Pilih logo kantor</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>belum ada logo</translation>
    </message>
    <message>
        <source>Kinds of group</source>
        <translation>Jenis kelompok</translation>
    </message>
    <message>
        <source>New kind, for example: Kelompok Wanita Tani</source>
        <translation>Jenis baru, misalnya: Kelompok Wanita Tani</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Savings products</source>
        <translation>Produk simpanan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Produk baru…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Simpanan wajib ({period})</source>
        <translation>Simpanan wajib ({period})</translation>
    </message>
    <message>
        <source>Loan products</source>
        <translation>Produk pinjaman</translation>
    </message>
    <message>
        <source>Jasa counted</source>
        <translation>Perhitungan jasa</translation>
    </message>
    <message>
        <source>Jasa
% a month</source>
        <translation>Jasa
% per bulan</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Angsuran</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>{term} (at most {most})</source>
        <translation>{term} (paling lama {most})</translation>
    </message>
    <message>
        <source>Admin
fee %</source>
        <translation>Biaya
adm. %</translation>
    </message>
    <message>
        <source>First loan
at most (Rp)</source>
        <translation>Pinjaman pertama
maks. (Rp)</translation>
    </message>
    <message>
        <source>Largest
(Rp)</source>
        <translation>Terbesar
(Rp)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>New loan product…</source>
        <translation>Produk pinjaman baru…</translation>
    </message>
    <message>
        <source>Group assessment</source>
        <translation>Penilaian kelompok</translation>
    </message>
    <message>
        <source>Change the instrument…</source>
        <translation>Ubah instrumen penilaian…</translation>
    </message>
    <message>
        <source>{grade} from {total}</source>
        <translation>{grade} mulai {total}</translation>
    </message>
    <message>
        <source>Areas scored: {areas} — at most {top} points. Classes: {classes}, {lowest} below.</source>
        <translation>Aspek yang dinilai: {areas} — paling banyak {top} poin. Kelas: {classes}, {lowest} di bawahnya.</translation>
    </message>
    <message>
        <source>Lending rules</source>
        <translation>Aturan pinjaman</translation>
    </message>
    <message>
        <source>Loan quality (kolektibilitas) by</source>
        <translation>Kolektibilitas menurut</translation>
    </message>
    <message>
        <source>A class starts at its threshold. Installment periods are 7, 14 or 30 days by how often the loan is paid, so a weekly loan three weeks late and a monthly loan three months late stand alike.</source>
        <translation>Setiap golongan mulai dari batasnya. Satu periode angsuran adalah 7, 14, atau 30 hari sesuai seberapa sering pinjaman diangsur, sehingga pinjaman mingguan yang terlambat tiga minggu dan pinjaman bulanan yang terlambat tiga bulan dinilai sama.</translation>
    </message>
    <message>
        <source>Save the lending rules</source>
        <translation>Simpan aturan pinjaman</translation>
    </message>
    <message>
        <source>Starts at, in {unit}:</source>
        <translation>Mulai dari (dalam {unit}):</translation>
    </message>
    <message>
        <source>below {n}</source>
        <translation>di bawah {n}</translation>
    </message>
    <message>
        <source>Money paid above what is due</source>
        <translation>Pembayaran melebihi yang jatuh tempo</translation>
    </message>
    <message>
        <source>A group borrows from class</source>
        <translation>Kelompok boleh meminjam mulai kelas</translation>
    </message>
    <message>
        <source>{grade} or better</source>
        <translation>{grade} atau lebih baik</translation>
    </message>
    <message>
        <source>any class, or not assessed</source>
        <translation>kelas apa saja, atau belum dinilai</translation>
    </message>
    <message>
        <source>A group borrows when at least</source>
        <translation>Kelompok boleh meminjam setelah berumur</translation>
    </message>
    <message>
        <source>months old</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>umur berapa saja</translation>
    </message>
    <message>
        <source>Saved. Loans are graded by these rules from now on.</source>
        <translation>Tersimpan. Mulai sekarang kolektibilitas pinjaman dinilai dengan aturan ini.</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <source>What is still due after this sheet was posted</source>
        <translation>Yang masih harus dibayar sesudah daftar ini dibukukan</translation>
    </message>
    <message>
        <source>Wajib
still due</source>
        <translation>Sisa
wajib</translation>
    </message>
    <message>
        <source>Installment
still due</source>
        <translation>Sisa
angsuran</translation>
    </message>
    <message>
        <source>Wajib
due</source>
        <translation>Tagihan
wajib</translation>
    </message>
    <message>
        <source>Installment
due</source>
        <translation>Tagihan
angsuran</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Wajib
paid</source>
        <translation>Wajib
dibayar</translation>
    </message>
    <message>
        <source>Sukarela
paid</source>
        <translation>Sukarela
disetor</translation>
    </message>
    <message>
        <source>Withdrawal
from sukarela</source>
        <translation>Tarik
sukarela</translation>
    </message>
    <message>
        <source>Installment
paid</source>
        <translation>Angsuran
dibayar</translation>
    </message>
    <message>
        <source>Row total
(in - out)</source>
        <translation>Jumlah
(masuk - keluar)</translation>
    </message>
    <message>
        <source>Loan {loan}</source>
        <translation>Pinjaman {loan}</translation>
    </message>
    <message>
        <source>H present (hadir) · T late (terlambat) · I excused (izin) · A absent (absen)</source>
        <translation>H hadir · T terlambat · I izin · A absen</translation>
    </message>
    <message>
        <source>Of which {overdue} is from before this meeting</source>
        <translation>Termasuk {overdue} dari sebelum rapat ini</translation>
    </message>
    <message>
        <source>Sukarela balance before this meeting: {balance}</source>
        <translation>Saldo sukarela sebelum rapat ini: {balance}</translation>
    </message>
    <message>
        <source>The withdrawal is more than the balance.</source>
        <translation>Penarikan melebihi saldo.</translation>
    </message>
    <message>
        <source>Loan {loan}: {due} due</source>
        <translation>Pinjaman {loan}: tagihan {due}</translation>
    </message>
    <message>
        <source>{overdue} in arrears</source>
        <translation>tunggakan {overdue}</translation>
    </message>
    <message>
        <source>installment due {date}</source>
        <translation>angsuran jatuh tempo {date}</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>New source of capital</source>
        <translation>Sumber dana baru</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>for example: Dana Bergulir PNPM Kelurahan Cilincing</source>
        <translation>misalnya: Dana Bergulir PNPM Kelurahan Cilincing</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>agreement number, contact person, conditions…</source>
        <translation>nomor perjanjian, narahubung, persyaratan…</translation>
    </message>
    <message>
        <source>The money itself comes in through a pool: open a pool for this source, then record the capital received into it.</source>
        <translation>Uangnya sendiri masuk melalui dana bergulir: buka dana bergulir untuk sumber ini, lalu catat modal yang diterima ke dalamnya.</translation>
    </message>
    <message>
        <source>Save the source</source>
        <translation>Simpan sumber dana</translation>
    </message>
</context>
<context>
    <name>StartProblemDialog</name>
    <message>
        <source>Cannot open the books</source>
        <translation>Buku kantor tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>Pulihkan cadangan tanggal {when}</translation>
    </message>
    <message>
        <source>{file} — the file now in place is kept aside.</source>
        <translation>{file} — berkas yang ada sekarang disimpan terpisah.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Buka berkas lain…</translation>
    </message>
    <message>
        <source>Start new books…</source>
        <translation>Mulai buku kantor baru…</translation>
    </message>
    <message>
        <source>New books are empty: none of the office&apos;s groups, members or money is in them.</source>
        <translation>Buku kantor baru masih kosong: tidak ada kelompok, anggota, maupun uang kantor di dalamnya.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Tutup Berdaya</translation>
    </message>
    <message>
        <source>The books were not found</source>
        <translation>Buku kantor tidak ditemukan</translation>
    </message>
    <message>
        <source>The books are damaged</source>
        <translation>Buku kantor rusak</translation>
    </message>
    <message>
        <source>The books are from a newer version of Berdaya</source>
        <translation>Buku kantor berasal dari versi Berdaya yang lebih baru</translation>
    </message>
    <message>
        <source>This file is not Berdaya books</source>
        <translation>Berkas ini bukan buku kantor Berdaya</translation>
    </message>
    <message>
        <source>The books cannot be written</source>
        <translation>Buku kantor tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Disk penuh</translation>
    </message>
    <message>
        <source>The books are busy</source>
        <translation>Buku kantor sedang dipakai</translation>
    </message>
    <message>
        <source>No backup of these books was found in the backup folders.</source>
        <translation>Tidak ada cadangan buku kantor ini di folder cadangan.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there, so the backup cannot be put back in it. Plug in the drive and try again.</source>
        <translation>Folder {folder} tidak ada, jadi cadangan tidak dapat dipulihkan ke sana. Pasang flashdisk lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Savings statement</source>
        <translation>Rekening simpanan</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>All savings</source>
        <translation>Semua simpanan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Leave From empty to start at the first entry.</source>
        <translation>Kosongkan Dari untuk mulai dari transaksi pertama.</translation>
    </message>
    <message>
        <source>Make the statement</source>
        <translation>Buat rekening</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>New welfare survey</source>
        <translation>Survei kesejahteraan baru</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Member asked</source>
        <translation>Anggota yang ditanya</translation>
    </message>
    <message>
        <source>Date of the survey</source>
        <translation>Tanggal survei</translation>
    </message>
    <message>
        <source>Welfare level</source>
        <translation>Tingkat kesejahteraan</translation>
    </message>
    <message>
        <source>Household income a month (Rp)</source>
        <translation>Pendapatan keluarga per bulan (Rp)</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>tidak ditanyakan</translation>
    </message>
    <message>
        <source>Household business</source>
        <translation>Usaha keluarga</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Kondisi rumah</translation>
    </message>
    <message>
        <source>Children of school age</source>
        <translation>Anak usia sekolah</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Save the survey</source>
        <translation>Simpan survei</translation>
    </message>
    <message>
        <source>Member number or name</source>
        <translation>Nomor atau nama anggota</translation>
    </message>
    <message>
        <source>of whom in school</source>
        <translation>yang bersekolah</translation>
    </message>
    <message>
        <source>Household now: {level} — {source}</source>
        <translation>Keluarga saat ini: {level} — {source}</translation>
    </message>
    <message>
        <source>No welfare level is recorded for the household yet.</source>
        <translation>Belum ada tingkat kesejahteraan yang dicatat untuk keluarga ini.</translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Welfare level</source>
        <translation>Tingkat kesejahteraan</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Income a
month (Rp)</source>
        <translation>Pendapatan
per bulan (Rp)</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Kondisi rumah</translation>
    </message>
    <message>
        <source>In school /
school age</source>
        <translation>Bersekolah /
usia sekolah</translation>
    </message>
    <message>
        <source>Surveyed by</source>
        <translation>Petugas survei</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>Member number or name…</source>
        <translation>Nomor atau nama anggota…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>New survey… (Ctrl+N)</source>
        <translation>Survei baru… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>Batalkan…</translation>
    </message>
    <message numerus="yes">
        <source>%n survey(s)</source>
        <translation>
            <numerusform>%n survei</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest {shown} of {count}</source>
        <translation>{shown} terbaru dari {count}</translation>
    </message>
    <message>
        <source>Narrow the list by group, member or period to see older surveys.</source>
        <translation>Persempit daftar menurut kelompok, anggota, atau periode untuk melihat survei yang lebih lama.</translation>
    </message>
</context>
<context>
    <name>TakeBackDialog</name>
    <message>
        <source>Take back the assessment</source>
        <translation>Batalkan penilaian</translation>
    </message>
    <message>
        <source>&lt;b&gt;{group}&lt;/b&gt; — assessed {date} by {assessor}: {total} of {top}, class {grade}</source>
        <translation>&lt;b&gt;{group}&lt;/b&gt; — dinilai {date} oleh {assessor}: {total} dari {top}, kelas {grade}</translation>
    </message>
    <message>
        <source>The assessment is removed from the group&apos;s history; the record of changes keeps it with the reason. A stage it set is taken back too.</source>
        <translation>Penilaian ini dihapus dari riwayat kelompok; catatan perubahan tetap menyimpannya beserta alasannya. Tahap yang ditetapkan oleh penilaian ini juga dibatalkan.</translation>
    </message>
    <message>
        <source>for example: entered for the wrong group</source>
        <translation>misalnya: tercatat pada kelompok yang salah</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Take back a survey</source>
        <translation>Batalkan survei</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({number}) — survey of {date}: {level}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({number}) — survei tanggal {date}: {level}</translation>
    </message>
    <message>
        <source>income {income} a month</source>
        <translation>pendapatan {income} per bulan</translation>
    </message>
    <message>
        <source>The survey is removed; the audit trail keeps it with the reason. The household&apos;s welfare level goes back to its survey before.</source>
        <translation>Survei ini dihapus; catatan perubahan tetap menyimpannya beserta alasannya. Tingkat kesejahteraan keluarga kembali ke survei sebelumnya.</translation>
    </message>
    <message>
        <source>for example: entered for the wrong member</source>
        <translation>misalnya: tercatat pada anggota yang salah</translation>
    </message>
    <message>
        <source>Take the survey back</source>
        <translation>Batalkan survei</translation>
    </message>
</context>
<context>
    <name>TodayDialog</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Before you start, {date}:</source>
        <translation>Sebelum mulai bekerja, {date}:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Change user</source>
        <translation>Ubah pengguna</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Boleh masuk</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Kata sandi awal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Boleh masuk</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Tambah pengguna…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>Kata sandi baru…</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Change the visit</source>
        <translation>Ubah kunjungan</translation>
    </message>
    <message>
        <source>New mentoring visit</source>
        <translation>Kunjungan pendampingan baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Tanggal kunjungan</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Who was met</source>
        <translation>Yang ditemui</translation>
    </message>
    <message>
        <source>for example: the chair, the treasurer and 8 members</source>
        <translation>misalnya: ketua, bendahara, dan 8 anggota</translation>
    </message>
    <message>
        <source>What was seen and discussed</source>
        <translation>Yang dilihat dan dibahas</translation>
    </message>
    <message>
        <source>Follow-ups agreed</source>
        <translation>Tindak lanjut yang disepakati</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Yang disepakati</translation>
    </message>
    <message>
        <source>Due (dd/mm/yyyy)</source>
        <translation>Batas waktu (hh/bb/tttt)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Add a follow-up (Ctrl+Enter)</source>
        <translation>Tambah tindak lanjut (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the follow-up</source>
        <translation>Hapus tindak lanjut</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>selesai {date}</translation>
    </message>
    <message>
        <source>A follow-up already done stays on the visit.</source>
        <translation>Tindak lanjut yang sudah selesai tetap tercatat pada kunjungan.</translation>
    </message>
    <message>
        <source>Follow-up {row}: {problem}</source>
        <translation>Tindak lanjut {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>All groups</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>Semua pendamping</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Only with open follow-ups</source>
        <translation>Hanya yang tindak lanjutnya belum selesai</translation>
    </message>
    <message>
        <source>New visit… (Ctrl+N)</source>
        <translation>Kunjungan baru… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Who was met</source>
        <translation>Yang ditemui</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n terlambat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n belum selesai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n selesai</numerusform>
        </translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Yang disepakati</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Diselesaikan oleh</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Yang dikerjakan</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Selesai…</translation>
    </message>
    <message>
        <source>Not done after all</source>
        <translation>Ternyata belum selesai</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>selesai {date}</translation>
    </message>
    <message numerus="yes">
        <source>overdue, %n day(s) late</source>
        <translation>
            <numerusform>terlambat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>batas waktu hari ini</translation>
    </message>
    <message>
        <source>open</source>
        <translation>belum selesai</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n kunjungan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n tindak lanjut terlambat</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a visit in the list to see its notes and follow-ups.</source>
        <translation>Pilih kunjungan di daftar untuk melihat catatan dan tindak lanjutnya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{group}&lt;/b&gt; — visited {date} by {mentor}</source>
        <translation>&lt;b&gt;{group}&lt;/b&gt; — dikunjungi {date} oleh {mentor}</translation>
    </message>
    <message>
        <source>Met: {met}</source>
        <translation>Yang ditemui: {met}</translation>
    </message>
    <message>
        <source>No follow-ups were agreed.</source>
        <translation>Tidak ada tindak lanjut yang disepakati.</translation>
    </message>
    <message>
        <source>Visits are recorded by a mentor or the administrator.</source>
        <translation>Kunjungan dicatat oleh pendamping atau administrator.</translation>
    </message>
    <message>
        <source>Mark &quot;{text}&quot; as not done? It was marked done on {date}.</source>
        <translation>Tandai &quot;{text}&quot; belum selesai? Tindak lanjut ini ditandai selesai pada {date}.</translation>
    </message>
    <message>
        <source>Mark as not done</source>
        <translation>Tandai belum selesai</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Berdaya</source>
        <translation>Selamat datang di Berdaya</translation>
    </message>
    <message>
        <source>Berdaya keeps the office&apos;s groups, members, savings and rotating capital on this computer. How do you want to begin?</source>
        <translation>Berdaya menyimpan data kelompok, anggota, simpanan, dan modal bergulir kantor di komputer ini. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <source>Start the office&apos;s own books</source>
        <translation>Mulai buku kantor sendiri</translation>
    </message>
    <message>
        <source>A new, empty database is created at {path}. You will set up the first administrator.</source>
        <translation>Buku kantor baru yang masih kosong akan dibuat di {path}. Setelah itu, Anda menyiapkan administrator pertama.</translation>
    </message>
    <message>
        <source>Open a demo office</source>
        <translation>Buka kantor demo</translation>
    </message>
    <message>
        <source>A separate demo database with sample groups and members, to try things out. It never mixes with the office&apos;s own books.</source>
        <translation>Buku kantor demo tersendiri berisi contoh kelompok dan anggota untuk dicoba-coba. Tidak pernah tercampur dengan buku kantor Anda sendiri.</translation>
    </message>
</context>
<context>
    <name>WelfareTab</name>
    <message>
        <source>Surveys</source>
        <translation>Survei</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Sebelum dan sesudah</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>Write off a share</source>
        <translation>Hapus buku pinjaman anggota</translation>
    </message>
    <message>
        <source>{amount} of principal is still out. Written off, it counts as lost to the pool {pool}; the share stops running and leaves the arrears.</source>
        <translation>Sisa pokok {amount} belum kembali. Jika dihapusbukukan, jumlah itu dihitung hilang dari dana bergulir {pool}; pinjaman anggota ini berhenti berjalan dan keluar dari daftar tunggakan.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>for example: the borrower died; the business failed</source>
        <translation>misalnya: peminjam meninggal dunia; usahanya bangkrut</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Hapus buku</translation>
    </message>
</context>
</TS>
