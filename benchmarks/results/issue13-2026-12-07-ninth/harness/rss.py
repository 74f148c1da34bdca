import os,sys,time,subprocess,threading
jar=sys.argv[1]; fmt=sys.argv[2]; opts=sys.argv[3:]
D='/tmp/csi-issue13/incidents-10000000-villages-3000'
p=subprocess.Popen(['java']+opts+['-jar',jar,'report','--data',D,'--period','2024','--compare','yoy','--format',fmt,'--out','/tmp/s19/out.'+fmt],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE,text=True)
t0=time.time(); log=[]
def rd():
    for line in p.stderr: log.append((time.time()-t0,line.strip()))
th=threading.Thread(target=rd); th.start()
samples=[]
while p.poll() is None:
    try:
        for l in open('/proc/%d/status'%p.pid):
            if l.startswith('VmRSS'): samples.append((time.time()-t0,int(l.split()[1])//1024))
    except Exception: pass
    time.sleep(0.2)
th.join()
peak=max(samples,key=lambda x:x[1])
print('peak RSS %d MB at %.1f s'%(peak[1],peak[0]))
ev=[(t,'LOG '+l) for t,l in log]+[(t,'rss %d'%r) for t,r in samples[::5]]
for t,x in sorted(ev): print('%6.2f %s'%(t,x))
