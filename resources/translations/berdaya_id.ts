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
        <source>Open or create books</source>
        <translation>Buka atau buat buku kantor</translation>
    </message>
    <message>
        <source>Berdaya books (*.sqlite3);;All files (*)</source>
        <translation>Buku kantor Berdaya (*.sqlite3);;Semua berkas (*)</translation>
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
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
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
    <name>Dialogs</name>
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
        <source>The file {path} is damaged or is not a database. Open another file or restore a backup.</source>
        <translation>Berkas {path} rusak atau bukan buku kantor. Buka berkas lain atau pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The file {path} is a database of another program. Open another file.</source>
        <translation>Berkas {path} adalah basis data program lain. Buka berkas lain.</translation>
    </message>
    <message>
        <source>The file {path} was written by a newer version of this program. Install the newer version to open it.</source>
        <translation>Berkas {path} dibuat oleh versi program yang lebih baru. Pasang versi yang lebih baru itu untuk membukanya.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Isi nama lengkap.</translation>
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
        <source>Choose the group&apos;s stage.</source>
        <translation>Pilih tahap kelompok.</translation>
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
        <source>Someone else changed this record while you were editing it. Close the form and open it again.</source>
        <translation>Data ini sudah diubah orang lain saat Anda mengisinya. Tutup formulir, lalu buka lagi.</translation>
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
        <source>Record exit</source>
        <translation>Catat keluar</translation>
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
        <source>Other</source>
        <translation>Lainnya</translation>
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
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
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
        <source>Open the demo office</source>
        <translation>Buka kantor demo</translation>
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
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n anggota</numerusform>
        </translation>
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
        <source>Save</source>
        <translation>Simpan</translation>
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
</TS>
